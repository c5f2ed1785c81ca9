package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzCommandOutputIsInert feeds arbitrary bytes to debrief as a session
// file, as the meeting record of an exported postmortem, as an agenda and
// as a rules file. Whatever they hold, nothing debrief prints (the error,
// the warnings, the exported Markdown on stdout) carries a raw control,
// bidi or invisible character to the terminal, and a refusal exits 2.
func FuzzCommandOutputIsInert(f *testing.F) {
	f.Setenv("XDG_CONFIG_HOME", f.TempDir())
	for _, s := range hostileSessions {
		f.Add([]byte(s))
	}
	f.Add([]byte("phases:\n  - id: a\n    title: \"\\e[2J\"\n    minutes: 1\n"))
	f.Add([]byte("rules:\n  - id: \"\\e]0;x\\a\"\n"))
	f.Add([]byte("\x1b[2J\x1bc\x9b31m\u202e\u200b"))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		sess := filepath.Join(dir, "f\x1b[31m.debrief.yaml")
		md := filepath.Join(dir, "f.md")
		yml := filepath.Join(dir, "f.yaml")
		record := append([]byte("<details><summary>Meeting record (debrief session, 1 events)</summary>\n\n```yaml\n"), data...)
		for p, b := range map[string][]byte{sess: data, md: record, yml: data} {
			if err := os.WriteFile(p, b, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		nowhere := filepath.Join(dir, "no-such-folder", "s.debrief.yaml")
		for _, args := range [][]string{
			{"export", sess}, {"export", md}, {"replay", sess, "--speed", "NaN"},
			{"new", "--agenda", yml, "--session", nowhere},
			{"new", "--rules", yml, "--session", nowhere},
			{"export", sess, "--rules", yml},
		} {
			var out, errb bytes.Buffer
			code := run(args, strings.NewReader(""), &out, &errb)
			for what, s := range map[string]string{"stderr": errb.String(), "stdout": out.String()} {
				if r, bad := rawUnsafe(s); bad {
					t.Fatalf("%v: %s holds %U raw: %q", args, what, r, s)
				}
			}
			if code != exitOK && code != exitError {
				t.Fatalf("%v: exit %d", args, code)
			}
		}
	})
}
