package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/debrief-dev/debrief/textsafe"
)

// rawUnsafe returns the first rune in s a terminal would act on (or that
// reads differently than stored), and whether there is one. A byte that is
// not UTF-8 counts: 0x9b alone is CSI to some terminals.
func rawUnsafe(s string) (rune, bool) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return rune(s[i]), true
		}
		if textsafe.Unsafe(r) && r != '\n' && r != '\t' {
			return r, true
		}
		i += n
	}
	return 0, false
}

const sessionHead = "# debrief session\ndebrief: session\nversion: 1\nevents:\n"

// hostileSessions are session files from someone else, each with a control
// sequence where debrief quotes the file in an error message.
var hostileSessions = map[string]string{
	"json unknown field": sessionHead +
		`- {"seq":1,"at":"2026-11-20T10:00:00Z","kind":"session_created","\u001b]0;owned\u0007\u001b[2J\u001bc":1}` + "\n",
	"yaml unknown key": "debrief: session\nversion: 1\nevents:\n  - seq: 1\n    at: 2026-11-20T10:00:00Z\n    kind: session_created\n    \"\\e[2J\\ec\": 1\n",
	"yaml type error":  "debrief: session\nversion: 1\nevents:\n  - seq: \"\\e[2J\\ec\"\n    at: 2026-11-20T10:00:00Z\n    kind: session_created\n",
	"bad at":           sessionHead + `- {"seq":1,"at":"\u001b[2J\u001bc\u001b]0;owned\u0007","kind":"session_created"}` + "\n",
	"bad kind":         sessionHead + `- {"seq":1,"at":"2026-11-20T10:00:00Z","kind":"\u001b[31m\u202eevil\u200b"}` + "\n",
	"bad version":      "debrief: session\nversion: \"\\e[2J\"\nevents:\n",
	"zero width and bidi in a key": sessionHead +
		`- {"seq":1,"at":"2026-11-20T10:00:00Z","kind":"session_created","a\u202eb\u200bc\u009b2J":1}` + "\n",
}

// TestErrorsQuotingInputAreEscaped: export, replay and resume of a hostile
// session file (or its exported Markdown) exit 2 with a message that names
// the problem and carries no control sequence.
func TestErrorsQuotingInputAreEscaped(t *testing.T) {
	dir := t.TempDir()
	for name, content := range hostileSessions {
		p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".debrief.yaml")
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		md := strings.TrimSuffix(p, ".debrief.yaml") + ".md"
		record := "# x\n\n<details><summary>Meeting record (debrief session, 1 events)</summary>\n\n```yaml\n" + content + "```\n\n</details>\n"
		if err := os.WriteFile(md, []byte(record), 0o600); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"export", p}, {"replay", p}, {"resume", p}, {"export", md}, {"replay", md}} {
			var out, errb bytes.Buffer
			code := run(args, strings.NewReader(""), &out, &errb)
			if code != exitError {
				t.Errorf("%s: %v exit %d, want 2 (stderr %q)", name, args, code, errb.String())
			}
			if r, bad := rawUnsafe(errb.String()); bad {
				t.Errorf("%s: %v printed %U raw: %q", name, args, r, errb.String())
			}
			if errb.Len() == 0 {
				t.Errorf("%s: %v said nothing", name, args)
			}
		}
	}
}

// TestFlagErrorsAreEscaped: a mistyped flag is quoted back escaped.
func TestFlagErrorsAreEscaped(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"export", "--\x1b[2J", "x"}, strings.NewReader(""), &out, &errb); code != exitError {
		t.Errorf("exit %d", code)
	}
	if r, bad := rawUnsafe(errb.String()); bad {
		t.Errorf("printed %U raw: %q", r, errb.String())
	}
}

// TestReplaySpeedIsBounded: NaN, infinity and absurd speeds are refused
// before playback, where they stalled it.
func TestReplaySpeedIsBounded(t *testing.T) {
	p := filepath.Join(t.TempDir(), "s.debrief.yaml")
	writeSession(t, p, 1).Close()
	for _, v := range []string{"NaN", "Inf", "+Inf", "-Inf", "1e308", "0", "-1", "0.1", "5000"} {
		code, _, stderr := runCmd("replay", p, "--speed", v)
		if code != exitError || !strings.Contains(stderr, "--speed") {
			t.Errorf("--speed %s: exit %d %q", v, code, stderr)
		}
	}
}
