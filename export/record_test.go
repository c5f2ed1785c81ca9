package export

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestParseMarkdownNoRecord(t *testing.T) {
	for _, doc := range []string{
		"",
		"## [SEV-2] svc: title\n\nJust a postmortem someone wrote by hand.\n",
		"<details><summary>Something else</summary>\n\n```\nx\n```\n\n</details>\n",
		// Note text can only ever show the marker escaped.
		"- &lt;details&gt;&lt;summary&gt;Meeting record (debrief session, 3 events)&lt;/summary&gt;\n",
	} {
		_, _, err := ParseMarkdown("pm.md", []byte(doc))
		// It says what such a file is and what to name instead.
		if !errors.Is(err, ErrNoRecord) || !strings.HasPrefix(err.Error(), "pm.md: no debrief meeting record found (written by hand, or exported with --publish") ||
			!strings.Contains(err.Error(), "name the meeting's .debrief.yaml") {
			t.Errorf("%q: error %v, want pm.md: no debrief meeting record found, and what to name instead", doc, err)
		}
	}
}

func TestParseMarkdownNoCodeBlock(t *testing.T) {
	doc := "# x\n\n<details><summary>Meeting record (debrief session, 3 events)</summary>\n\nsome text\n"
	_, _, err := ParseMarkdown("pm.md", []byte(doc))
	if err == nil || err.Error() != "pm.md:3: the debrief meeting record has no code block" {
		t.Errorf("error %v", err)
	}
}

// A postmortem cut short loses only its torn last event, with warnings
// that name the Markdown file's lines.
func TestParseMarkdownTruncated(t *testing.T) {
	events := checkoutSession(t)
	md := Markdown(fold(t, events), events, Options{})
	cut := strings.LastIndex(md, `{"seq":`) + 20 // inside the last event
	got, warnings, err := ParseMarkdown("pm.md", []byte(md[:cut]))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(events)-1 {
		t.Errorf("read %d events, want %d", len(got), len(events)-1)
	}
	line := strings.Count(md[:cut], "\n") + 1
	want := []string{
		"pm.md:" + strconv.Itoa(strings.Count(md[:strings.Index(md, "```yaml")], "\n")+1) +
			": the meeting record's code block is not closed (the file was cut short?)",
		"pm.md:" + strconv.Itoa(line) + ": dropped a torn last record (the session was interrupted while writing)",
	}
	if strings.Join(warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(want, "\n"))
	}
}

// A whole last event line edited into something else, inside a record
// whose code block is closed, is damaged, not torn: the warning says so at
// its line in the Markdown file.
func TestParseMarkdownDamagedLastEvent(t *testing.T) {
	events := checkoutSession(t)
	md := Markdown(fold(t, events), events, Options{})
	i := strings.LastIndex(md, `- {"seq":`)
	j := i + strings.Index(md[i:], "\n")
	bad := md[:i] + "- this event was rewritten by hand" + md[j:]
	got, warnings, err := ParseMarkdown("pm.md", []byte(bad))
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Count(md[:i], "\n") + 1
	want := "pm.md:" + strconv.Itoa(line) + `: dropped a damaged last record: not an event line (want "- {...}")`
	if len(got) != len(events)-1 || len(warnings) != 1 || !strings.HasPrefix(warnings[0], want) {
		t.Errorf("%d events, warnings %q; want %d events and %q", len(got), warnings, len(events)-1, want)
	}
}

// An event broken by hand is reported at its line in the Markdown file.
func TestParseMarkdownErrorLine(t *testing.T) {
	events := checkoutSession(t)
	md := Markdown(fold(t, events), events, Options{})
	i := strings.Index(md, `"kind":"phase_started"`)
	bad := md[:i] + `"kind":"phase_exploded"` + md[i+len(`"kind":"phase_started"`):]
	_, _, err := ParseMarkdown("pm.md", []byte(bad))
	line := strings.Count(md[:i], "\n") + 1
	want := "pm.md:" + strconv.Itoa(line) + ": kind: unknown kind \"phase_exploded\" (written by a newer debrief?)"
	if err == nil || err.Error() != want {
		t.Errorf("error %v\nwant %s", err, want)
	}
}

// A postmortem checked out with CRLF line endings still replays.
func TestParseMarkdownCRLF(t *testing.T) {
	events := checkoutSession(t)
	md := Markdown(fold(t, events), events, Options{})
	got, _, err := ParseMarkdown("pm.md", []byte(strings.ReplaceAll(md, "\n", "\r\n")))
	if err != nil || len(got) != len(events) {
		t.Fatalf("read %d events, err %v", len(got), err)
	}
}

// The fence is longer than any backtick run in the record, so notes full
// of backticks cannot close it early.
func TestFenceFor(t *testing.T) {
	for content, want := range map[string]string{
		"":                 "```",
		"no ticks":         "```",
		"``":               "```",
		"a ``` b":          "````",
		"````` and ``````": "```````",
	} {
		if got := fenceFor([]byte(content)); got != want {
			t.Errorf("fenceFor(%q) = %q, want %q", content, got, want)
		}
	}
}

func TestInertRecord(t *testing.T) {
	in := "- {\"text\":\"a\u202eb\u009bc\x7fd\"}\n"
	want := "- {\"text\":\"a\\u202eb\\u009bc\\u007fd\"}\n"
	if got := string(inertRecord([]byte(in))); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	clean := []byte("- {\"text\":\"plain 🔥\"}\n")
	if got := inertRecord(clean); &got[0] != &clean[0] {
		t.Error("a clean record was copied")
	}
}
