package model

import (
	"strings"
	"testing"

	"github.com/debrief-dev/debrief/textsafe"
)

// TestHeaderDamageAndBadAtHaveLines: every refusal of a damaged header or a
// bad time names the line, in debrief's own form and in hand-written YAML.
func TestHeaderDamageAndBadAtHaveLines(t *testing.T) {
	const ok = `{"seq":1,"at":"2026-11-20T10:00:00Z","kind":"session_created"}`
	for _, tc := range []struct{ name, file, want string }{
		{"key misspelt", "# c\ndebriev: session\nversion: 1\nevents:\n- {\"seq\":1}\n", "s.yaml:2: "},
		{"version missing", "# c\ndebrief: session\nevents:\n- " + ok + "\n", "s.yaml:2: version: missing"},
		{"not a mapping", "# c\n\n[1, 2]\n", "s.yaml:3: "},
		{"bad at in block YAML", "debrief: session\nversion: 1\nevents:\n  - seq: 1\n    at: yesterday\n    kind: session_created\n", "s.yaml:5: at: "},
		{"bad at in flow YAML, last line", "debrief: session\nversion: 1\nevents:\n  - {seq: 1, at: \"2026-11-20 10:00\", kind: session_created}\n", "s.yaml:4: at: "},
		{"bad at in a JSON line", "debrief: session\nversion: 1\nevents:\n- {\"seq\":1,\"at\":\"2026-13-20T10:00:00Z\",\"kind\":\"session_created\"}\n- " + ok + "\n", "s.yaml:4: at: "},
	} {
		_, err := ParseLog("s.yaml", []byte(tc.file))
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v, want it to start %q", tc.name, err, tc.want)
		}
	}
}

// TestUnsafeTextIsEscapedInTheFile: bidi, zero-width and C1 characters in a
// note are written as JSON escapes, so cat or a diff of the session file
// shows them as text, and they decode back to the same note.
func TestUnsafeTextIsEscapedInTheFile(t *testing.T) {
	text := "a\u202eb\u200bc\u200d\u009bd\x7fe\ufeff"
	line, err := EncodeEvent(Event{Seq: 3, At: t0, Kind: NoteAdded, Phase: "well", Note: 1, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range string(line) {
		if textsafe.Unsafe(r) && r != '\n' {
			t.Fatalf("the line holds %U raw: %q", r, line)
		}
	}
	ev, lerr, _ := decodeLine([]byte(strings.TrimSuffix(string(line), "\n")))
	if lerr != nil {
		t.Fatal(lerr)
	}
	if ev.Text != text {
		t.Fatalf("decoded %q, want %q", ev.Text, text)
	}
}

// FuzzParseLog: whatever the bytes, decoding a session file never panics,
// and no error or warning carries a raw control, bidi or invisible
// character to the terminal that prints it.
func FuzzParseLog(f *testing.F) {
	head := "# debrief session\ndebrief: session\nversion: 1\nevents:\n"
	for _, s := range []string{
		head,
		head + `- {"seq":1,"at":"2026-11-20T10:00:00Z","kind":"session_created","\u001b[2J":1}` + "\n",
		head + `- {"seq":1,"at":"\u001b]0;x\u0007","kind":"session_created"}` + "\n",
		"debrief: session\nversion: 1\nevents:\n  - seq: \"\\e[2J\\ec\"\n",
		"debrief: session\nversion: \"\\u202e1\"\n",
		head + `- {"seq":1,"at":"2026-11-20T10:00:00Z","kind":"\u200b"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := ParseLog("f\x1b.yaml", data)
		var msgs []string
		if err != nil {
			msgs = append(msgs, err.Error())
		} else {
			msgs = append(msgs, l.Warnings...)
		}
		for _, m := range msgs {
			if !textsafe.IsSafe(m, false) {
				t.Fatalf("message %q is not safe for a terminal", m)
			}
		}
	})
}

// TestStyledFieldsAreRefused: a session file cannot style the screen
// through the fields it shows as they are (break 7 of issue 13).
func TestStyledFieldsAreRefused(t *testing.T) {
	head := "# debrief session\ndebrief: session\nversion: 1\nevents:\n"
	ag := `"agenda":{"name":"a","warn_minutes":1,"checklist":{"sev1_days":14,"sev2_days":28,"max_items":10},"phases":[{"id":"well","title":%s,"minutes":5,"capture":"well"}]}`
	for _, tc := range []struct{ name, setup, title, field string }{
		{"severity", `{"title":"t","service":"s","severity":"\u001b[41mSEV-1\u001b[0m","incident_date":"2026-11-20"}`, `"Well"`, "setup.severity"},
		{"role", `{"title":"t","service":"s","severity":"SEV-2","incident_date":"2026-11-20","attendees":[{"name":"Ana","role":"\u001b[5mfacilitator"}]}`, `"Well"`, "setup.attendees[0].role"},
		{"phase title", `{"title":"t","service":"s","severity":"SEV-2","incident_date":"2026-11-20"}`, `"\u001b]0;owned\u0007Well\u200b"`, "agenda.phases[0].title"},
		{"status", `{"title":"t","service":"s","severity":"SEV-2","incident_date":"2026-11-20","status":"\u001b[32mResolved"}`, `"Well"`, "setup.status"},
	} {
		line := `- {"seq":1,"at":"2026-11-20T10:00:00Z","kind":"session_created","setup":` + tc.setup + "," +
			strings.Replace(ag, "%s", tc.title, 1) + "}\n"
		_, err := ParseLog("s.yaml", []byte(head+line))
		if err == nil || !strings.HasPrefix(err.Error(), "s.yaml:5: "+tc.field+": ") {
			t.Errorf("%s: %v", tc.name, err)
		} else if !textsafe.IsSafe(err.Error(), false) {
			t.Errorf("%s: the message is raw: %q", tc.name, err)
		}
	}
}
