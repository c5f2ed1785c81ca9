package agenda

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// phase is a valid phase line for building bad files around.
const phase = "  - {id: a, title: A, minutes: 1}\n"

func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
		msg  string // a substring of the message
	}{
		{"empty file", "", 0, "empty file"},
		{"only comments", "# nothing yet\n\n", 0, "empty file"},
		{"only a document marker", "---\n", 0, "empty file"},
		{"binary garbage", "\x7fELF\x02\x01\x01\x00\x00\xff\xfe", 0, "binary data"},
		{"invalid utf-8", "name: \xff\xfe\n", 0, "binary data"},
		// yaml.v3 reports where the enclosing block or flow began, not the
		// bad line itself; that is still the place to start looking.
		{"syntax error", "name: x\nphases:\n  - id: a\n   title: b\n", 2, "not valid YAML: did not find expected '-' indicator"},
		{"unclosed flow", "phases: [\n", 1, "not valid YAML"},
		{"tab indent", "phases:\n\t- id: a\n", 2, "not valid YAML"},
		{"two documents", "phases:\n" + phase + "---\nname: x\n", 3, "second YAML document"},
		{"not a mapping", "- a\n- b\n", 1, "want a mapping"},
		{"plain text", "just some words\n", 1, "want a mapping"},
		{"unknown top key", "name: x\ntitel: y\nphases:\n" + phase, 2, `unknown key "titel"; valid: name, warn_minutes, checklist, taxonomy, phases`},
		{"repeated top key", "name: x\nname: y\nphases:\n" + phase, 2, "name: given twice, also on line 1"},
		{"unknown checklist key", "checklist:\n  sev1_days: 7\n  sev4_days: 90\nphases:\n" + phase, 3, `unknown key "checklist.sev4_days"`},
		{"unknown phase key", "phases:\n  - id: a\n    title: A\n    minutes: 1\n    duration: 5\n", 5, `unknown key "phases[0].duration"`},
		{"minutes as words", "phases:\n  - id: a\n    title: A\n    minutes: five\n", 4, `phases[0].minutes: want a number of minutes, got "five"`},
		{"minutes quoted", "phases:\n  - id: a\n    title: A\n    minutes: \"5\"\n", 4, `want a number of minutes, got "5"`},
		{"minutes a list", "phases:\n  - id: a\n    title: A\n    minutes: [5]\n", 4, "want a number of minutes, got a list"},
		{"minutes nan", "phases:\n  - id: a\n    title: A\n    minutes: .nan\n", 4, "want a number of minutes"},
		{"zero minutes", "phases:\n" + phase + "  - id: b\n    title: B\n    minutes: 0\n", 5, "phases[1].minutes: 0 must be more than 0"},
		{"negative minutes", "phases:\n  - id: a\n    title: A\n    minutes: -5\n", 4, "-5 must be more than 0"},
		{"absurd minutes", "phases:\n  - id: a\n    title: A\n    minutes: 1441\n", 4, "more than a day"},
		{"infinite minutes", "phases:\n  - id: a\n    title: A\n    minutes: .inf\n", 4, "more than a day"},
		{"missing minutes", "phases:\n  - id: a\n    title: A\n", 2, "phases[0]: missing minutes"},
		{"missing id", "phases:\n" + phase + "  - title: B\n    minutes: 1\n", 3, "phases[1]: missing id"},
		{"empty id", "phases:\n  - id: \"\"\n    title: A\n    minutes: 1\n", 2, "phases[0].id: empty"},
		{"id not a slug", "phases:\n  - id: Time Line\n    title: A\n    minutes: 1\n", 2, `phases[0].id: "Time Line" is not a simple slug`},
		{"id a mapping", "phases:\n  - id: {x: 1}\n    title: A\n    minutes: 1\n", 2, "phases[0].id: want text, got a mapping"},
		{"missing title", "phases:\n  - id: a\n    minutes: 1\n", 2, "phases[0]: missing title"},
		{"blank title", "phases:\n  - id: a\n    title: \"  \"\n    minutes: 1\n", 3, "phases[0].title: empty"},
		{"duplicate id", "phases:\n  - id: a\n    title: A\n    minutes: 1\n  - id: b\n    title: B\n    minutes: 1\n  - id: a\n    title: C\n    minutes: 1\n",
			8, `phases[2].id: duplicate id "a", also on line 2`},
		{"unknown capture", "phases:\n  - id: a\n    title: A\n    minutes: 1\n    capture: todo\n", 5,
			`phases[0].capture: unknown capture "todo"; valid: opening, impact, timeline, well, poorly, factors, lucky, actions, notes`},
		{"prompts not a list", "phases:\n  - id: a\n    title: A\n    minutes: 1\n    prompts: ask\n", 5, "phases[0].prompts: want a list"},
		{"prompt with colon", "phases:\n  - id: a\n    title: A\n    minutes: 1\n    prompts:\n      - Roles: who\n", 6, `put a line containing ": " in quotes`},
		{"phase not a mapping", "phases:\n  - opening\n", 2, "phases[0]: want a phase"},
		{"missing phases", "name: x\nwarn_minutes: 2\n", 1, "phases: missing"},
		{"null phases", "name: x\nphases:\n", 2, "phases: empty"},
		{"empty phases", "name: x\nphases: []\n", 2, "phases: empty"},
		{"phases a mapping", "phases:\n  a: 1\n", 2, "phases: want a list"},
		{"negative warn", "warn_minutes: -1\nphases:\n" + phase, 1, "warn_minutes: -1 must not be negative"},
		{"warn as words", "warn_minutes: one\nphases:\n" + phase, 1, `warn_minutes: want a number of minutes, got "one"`},
		{"zero checklist", "checklist:\n  sev1_days: 0\nphases:\n" + phase, 2, "checklist.sev1_days: 0 must be more than 0"},
		{"negative checklist", "checklist:\n  max_items: -3\nphases:\n" + phase, 2, "checklist.max_items: -3 must be more than 0"},
		{"fractional checklist", "checklist:\n  sev2_days: 2.5\nphases:\n" + phase, 2, "checklist.sev2_days: want a whole number, got 2.5"},
		{"checklist a list", "checklist: [14]\nphases:\n" + phase, 1, "checklist: want a mapping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("team.yaml", []byte(tt.src))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want an *Error", err)
			}
			if e.File != "team.yaml" || e.Line != tt.line || !strings.Contains(e.Msg, tt.msg) {
				t.Fatalf("got %q (line %d), want line %d with %q", err, e.Line, tt.line, tt.msg)
			}
			prefix := "team.yaml: "
			if tt.line > 0 {
				prefix = fmt.Sprintf("team.yaml:%d: ", tt.line)
			}
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Fatalf("%q does not start with %q", err, prefix)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	if err := os.WriteFile(good, DefaultYAML(), 0o600); err != nil {
		t.Fatal(err)
	}
	if a, err := Load(good); err != nil || len(a.Phases) != 6 {
		t.Fatalf("Load(default copy) = %d phases, %v", len(a.Phases), err)
	}

	missing := filepath.Join(dir, "nope.yaml")
	_, err := Load(missing)
	if err == nil || err.Error() != missing+": no such file or directory" {
		t.Fatalf("missing file: got %v", err)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file error does not unwrap to fs.ErrNotExist")
	}

	if _, err := Load(dir); err == nil || !strings.HasPrefix(err.Error(), dir+": ") {
		t.Fatalf("directory: got %v", err)
	}

	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("phases:\n  - id: a\n    title: A\n    minutes: five\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.HasPrefix(err.Error(), bad+":4: phases[0].minutes:") {
		t.Fatalf("bad file: got %v", err)
	}

	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, make([]byte, maxFileSize+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Fatalf("big file: got %v", err)
	}
}
