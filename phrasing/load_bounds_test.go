package phrasing

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestRulesFileDuplicateKeysAndHostileText: keys given twice are refused as
// in agenda files, and text that would style or clear the screen when a
// rule's message is shown is refused with its line.
func TestRulesFileDuplicateKeysAndHostileText(t *testing.T) {
	for name, tc := range map[string]struct{ yaml, want string }{
		"disable twice":        {"disable: [counterfactual]\nallow: [x]\ndisable: [human-error]\n", "x.yaml:3: disable: given twice, also on line 1"},
		"id twice":             {"rules:\n  - id: a-rule\n    id: b-rule\n    category: counterfactual\n", "x.yaml:3: id: given twice, also on line 2"},
		"SGR in a message":     {"rules:\n  - id: red\n    message: \"\\e[31mred\\e[0m\"\n", "x.yaml:3:"},
		"zero width in a word": {"allow: [\"ab\\u200bc\"]\n", "x.yaml:1:"},
	} {
		_, err := ParseRules("x.yaml", []byte(tc.yaml), nil)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", name, err, tc.want)
			continue
		}
		if strings.ContainsAny(err.Error(), "\x1b\u200b") {
			t.Errorf("%s: the message carries the raw text: %q", name, err)
		}
	}
}

// TestLoadRulesIsBounded: a folder, a device, a pipe and an oversized file
// are refused without reading them whole.
func TestLoadRulesIsBounded(t *testing.T) {
	dir := t.TempDir()
	paths := []string{dir}
	if _, err := os.Stat("/dev/zero"); err == nil {
		paths = append(paths, "/dev/zero")
	}
	if p := filepath.Join(dir, "pipe"); exec.Command("mkfifo", p).Run() == nil {
		paths = append(paths, p)
	}
	for _, p := range paths {
		if _, err := LoadRules(p, nil); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("%s: %v", p, err)
		}
	}
	big := filepath.Join(dir, "big.yaml")
	os.WriteFile(big, []byte("allow: ["+strings.Repeat("word, ", 200_000)+"]\n"), 0o600)
	if _, err := LoadRules(big, nil); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("a 1.2 MB rules file: %v", err)
	}
}
