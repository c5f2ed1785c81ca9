package agenda

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAliasesCannotBlowUpTheAgenda: a valid, small agenda whose aliases
// expand to megabytes is refused; it would be copied into the session file.
func TestAliasesCannotBlowUpTheAgenda(t *testing.T) {
	var b strings.Builder
	long := strings.Repeat("Ask what made sense at the time. ", 30)
	b.WriteString("phases:\n  - id: p0\n    title: P\n    minutes: 1\n    prompts: &p\n")
	for range 10 {
		fmt.Fprintf(&b, "      - %q\n", long)
	}
	for i := 1; i < 400; i++ {
		fmt.Fprintf(&b, "  - {id: p%d, title: P, minutes: 1, prompts: *p}\n", i)
	}
	if b.Len() > 64<<10 {
		t.Fatalf("the test file is %d bytes; it should be small", b.Len())
	}
	_, err := Parse("bomb.yaml", []byte(b.String()))
	if err == nil || !strings.Contains(err.Error(), "aliases") {
		t.Fatalf("a %d-byte agenda expanding to megabytes: %v", b.Len(), err)
	}
	// The same shape at a sane size is fine.
	small := strings.Replace(b.String(), "400", "", 1)
	if _, err := Parse("ok.yaml", []byte(small[:strings.Index(small, "  - {id: p5,")])); err != nil {
		t.Fatalf("a small agenda with aliases: %v", err)
	}
}

// TestLoadRefusesWhatIsNotAFile: a folder or a device is refused by name,
// at once, without reading it.
func TestLoadRefusesWhatIsNotAFile(t *testing.T) {
	paths := []string{t.TempDir()}
	if _, err := os.Stat("/dev/zero"); err == nil {
		paths = append(paths, "/dev/zero")
	}
	if p := fifo(t); p != "" {
		paths = append(paths, p)
	}
	for _, p := range paths {
		_, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("%s: %v", p, err)
		}
	}
	big := filepath.Join(t.TempDir(), "big.yaml")
	os.WriteFile(big, make([]byte, maxFileSize+1), 0o600)
	if _, err := Load(big); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("a file over the cap: %v", err)
	}
}

// TestAgendaTextCannotStyleTheScreen: titles and prompts are shown as they
// are, so escape sequences in them are refused with their line.
func TestAgendaTextCannotStyleTheScreen(t *testing.T) {
	for _, y := range []string{
		"phases:\n  - id: a\n    title: \"\\e[31mRed\"\n    minutes: 1\n",
		"phases:\n  - id: a\n    title: A\n    minutes: 1\n    prompts: [\"fine\", \"\\u202eevil\"]\n",
		"name: \"zero\\u200bwidth\"\nphases:\n  - id: a\n    title: A\n    minutes: 1\n",
	} {
		_, err := Parse("x.yaml", []byte(y))
		if err == nil || !strings.Contains(err.Error(), "plain text") || strings.ContainsAny(err.Error(), "\x1b\u202e\u200b") {
			t.Errorf("%q: %v", y, err)
		}
	}
}
