package export

import (
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the export; run go test ./export -update and review the diff.\n%s",
			path, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first line that differs, enough to start looking.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + wl + "\ngot:  " + gl
		}
	}
	return ""
}

func TestMarkdownGolden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		events func(testing.TB) []model.Event
	}{
		{"checkout.md.golden", checkoutSession},
		{"hostile.md.golden", hostileSession},
	} {
		t.Run(tc.name, func(t *testing.T) {
			events := tc.events(t)
			md := Markdown(fold(t, events), events, Options{})
			golden(t, tc.name, []byte(md))
		})
	}
}

// A meeting exported mid-phase is measured to Options.Now, and exporting it
// twice gives the same bytes.
func TestMarkdownMidMeeting(t *testing.T) {
	events := checkoutSession(t)
	var cut int
	for i, ev := range events {
		if ev.Kind == model.PhaseStarted && ev.Phase == "well" {
			cut = i + 1
		}
	}
	events = events[:cut]
	s := fold(t, events)
	now := events[len(events)-1].At.Add(90 * time.Second)
	md := Markdown(s, events, Options{Now: now})
	if md != Markdown(s, events, Options{Now: now}) {
		t.Fatal("two exports of the same state differ")
	}
	for _, want := range []string{
		"| What went well | 5:00 | 1:30 | -3:30 |",
		"| What didn't go well | 15:00 | not reached |  |",
		"_No action items captured._",
		"**Status:** Resolved",
		draftNote,
	} {
		if !strings.Contains(md, want) {
			t.Errorf("mid-meeting export lacks %q", want)
		}
	}
}

// The header fields follow the template in order, and the duration and
// status come from the timeline's markers.
func TestMarkdownHeader(t *testing.T) {
	events := checkoutSession(t)
	md := Markdown(fold(t, events), events, Options{})
	want := "## [SEV-2] payments/checkout: Checkout errors after deploy v2.31.4\n\n" +
		"**Date:** 2026-02-16 \\\n" +
		"**Duration:** 09:14 UTC to 09:45 UTC (31 minutes) \\\n" +
		"**Severity:** SEV-2 \\\n" +
		"**Status:** Resolved \\\n" +
		"**Authors:** Priya, Tom \\\n" +
		"**Review meeting:** 2026-02-18 14:00 UTC\n\n---\n\n## Summary\n"
	if !strings.HasPrefix(md, want) {
		t.Errorf("header:\n%s\nwant:\n%s", md[:min(len(md), len(want))], want)
	}
}

// Without markers or a timeline the header says what it does not know
// rather than inventing figures.
func TestMarkdownEmptySession(t *testing.T) {
	s := newSession(time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC), model.Setup{}, reviewAgenda())
	md := Markdown(fold(t, s.events), s.events, Options{})
	for _, want := range []string{
		"## [SEV-?] Unknown service: Untitled incident",
		"**Duration:** unknown",
		"**Status:** Monitoring",
		"**Review meeting:** 2026-05-01 10:00 UTC",
		"The review found 0 contributing factors and agreed 0 action items.",
		"**Time to detect:** unknown (mark the timeline with #started and #detected)",
		"_No attendees recorded._",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("empty export lacks %q", want)
		}
	}
}

// A summary set in the wrap-up replaces the draft.
func TestMarkdownSummarySet(t *testing.T) {
	events := checkoutSession(t)
	last := events[len(events)-1]
	events = append(events, model.Event{Seq: last.Seq + 1, At: last.At, Kind: model.SummarySet,
		Text: "Checkout failed for 18% of EU traffic for 31 minutes.\n\nRolling back fixed it."})
	md := Markdown(fold(t, events), events, Options{})
	if strings.Contains(md, draftNote) {
		t.Error("the draft note is still shown after the summary was set")
	}
	if !strings.Contains(md, "## Summary\n\nCheckout failed for 18% of EU traffic for 31 minutes.\n\nRolling back fixed it.\n\n## Impact") {
		t.Error("the summary set in the wrap-up is not shown as written")
	}
}

// The document alone replays the meeting: the record decodes to the same
// events, and they fold to the same state.
func TestMarkdownRoundTrip(t *testing.T) {
	for name, build := range map[string]func(testing.TB) []model.Event{
		"checkout": checkoutSession, "hostile": hostileSession,
	} {
		t.Run(name, func(t *testing.T) {
			events := build(t)
			s := fold(t, events)
			md := Markdown(s, events, Options{})
			got, warnings, err := ParseMarkdown("postmortem.md", []byte(md))
			if err != nil {
				t.Fatal(err)
			}
			if len(warnings) > 0 {
				t.Errorf("warnings: %v", warnings)
			}
			// The session file is the reference: the codec stores invalid
			// UTF-8 as U+FFFD, so the hostile events read back as the
			// session file itself would.
			want := viaSessionFile(t, events)
			if name == "checkout" && !reflect.DeepEqual(want, events) {
				t.Fatal("the checkout session does not survive its own session file")
			}
			if len(got) != len(want) {
				t.Fatalf("read back %d events, want %d", len(got), len(want))
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Fatalf("event %d read back as\n%+v\nwant\n%+v", i+1, got[i], want[i])
				}
			}
			s = fold(t, want)
			if back := fold(t, got); !reflect.DeepEqual(back, s) {
				t.Error("the events read back fold to a different state")
			}
		})
	}
}

// viaSessionFile is what events read back as from a session file.
func viaSessionFile(t *testing.T, events []model.Event) []model.Event {
	t.Helper()
	data := model.EncodeHeader()
	for _, ev := range events {
		var err error
		if data, err = model.AppendEvent(data, ev); err != nil {
			t.Fatal(err)
		}
	}
	out, _, err := model.DecodeLog("session.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The status the room declares wins over the one the timeline implies.
func TestMarkdownDeclaredStatus(t *testing.T) {
	events := checkoutSession(t) // its timeline has #resolved
	md := Markdown(fold(t, events), events, Options{})
	if !strings.Contains(md, "**Status:** Resolved") {
		t.Fatal("the timeline's #resolved should make the status Resolved")
	}
	setup := checkoutSetup
	setup.Status = model.IncidentMonitoring
	last := events[len(events)-1]
	events = append(events[:len(events):len(events)], model.Event{Seq: last.Seq + 1, At: last.At, Kind: model.SetupChanged, Setup: &setup})
	md = Markdown(fold(t, events), events, Options{})
	if !strings.Contains(md, "**Status:** Monitoring") {
		t.Error("a declared Monitoring status is not in the header")
	}
}
