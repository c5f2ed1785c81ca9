package textsafe

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// hostile holds what someone else's file can carry to a terminal: a screen
// clear and reset, a window-title change, SGR, a C1 CSI, bidi overrides,
// zero-width characters, a ZWJ emoji sequence and an invalid byte.
const hostile = "a\x1b[2J\x1bc\x1b]0;owned\x07\x1b[31mred\u009b31m\u202eevil\u2066x\u200by\u200dz\ufeff\U0001F468\u200D\U0001F469\xff\x7fend"

// rawUnsafe reports the first rune in s that a terminal would act on.
func rawUnsafe(s string) (rune, bool) {
	for _, r := range s {
		if Unsafe(r) && r != '\n' {
			return r, true
		}
	}
	return 0, false
}

func TestClassify(t *testing.T) {
	for r, want := range map[rune]Class{
		'a': Safe, 'é': Safe, '\u00a0': Safe, '中': Safe, 0x1F468: Safe,
		0x1b: Control, 0x00: Control, '\n': Control, 0x7f: Control, 0x9b: Control, 0x85: Control,
		0x202e: Bidi, 0x2066: Bidi, 0x200f: Bidi, 0x061c: Bidi,
		0x200b: Invisible, 0x200d: Invisible, 0xfeff: Invisible, 0x2028: Invisible,
	} {
		if got := Classify(r); got != want {
			t.Errorf("Classify(%U) = %v, want %v", r, got, want)
		}
	}
}

func TestEscapeLeavesNothingRaw(t *testing.T) {
	for _, f := range []func(string) string{Escape, EscapeLines} {
		got := f(hostile)
		if r, bad := rawUnsafe(got); bad || !utf8.ValidString(got) {
			t.Errorf("%q still holds %U", got, r)
		}
		for _, want := range []string{`\x1b[2J`, `\u202e`, `\u200b`, `\xff`, `\x7f`} {
			if !strings.Contains(got, want) {
				t.Errorf("%q does not show %s", got, want)
			}
		}
	}
	if got := Escape("one\ntwo"); got != `one\ntwo` {
		t.Errorf("Escape kept a line break: %q", got)
	}
	if got := EscapeLines("one\ntwo"); got != "one\ntwo" {
		t.Errorf("EscapeLines lost a line break: %q", got)
	}
	if s := "plain text, ünïcödé 👍"; Escape(s) != s {
		t.Errorf("safe text changed: %q", Escape(s))
	}
}

func TestStrip(t *testing.T) {
	got := Strip(hostile, false)
	if r, bad := rawUnsafe(got); bad {
		t.Fatalf("%q still holds %U", got, r)
	}
	if strings.Contains(got, "[2J") || strings.Contains(got, "owned") || strings.Contains(got, "[31m") {
		t.Errorf("escape sequences left behind: %q", got)
	}
	if got := Strip("a\r\nb\tc\u2028d", true); got != "a\nb c\nd" {
		t.Errorf("Strip kept lines as %q", got)
	}
	if got := Strip("a\nb", false); got != "a b" {
		t.Errorf("Strip one-line: %q", got)
	}
}

func TestInertIsOneColumnPerReplacement(t *testing.T) {
	got := Inert("a\x1bb\x00c\u202ed\u200be\n")
	if got != "a␛b␀c\uFFFDde\n" {
		t.Errorf("Inert = %q", got)
	}
	// A ZWJ family measured after Inert is two emoji of two columns each,
	// which is what terminals that do not join them draw.
	fam := Inert("\U0001F468\u200D\U0001F469")
	if w := ansi.StringWidth(fam); w != 4 {
		t.Errorf("width of %q = %d, want 4", fam, w)
	}
}

func FuzzEscape(f *testing.F) {
	f.Add(hostile)
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		for name, out := range map[string]string{"Escape": Escape(s), "Inert": Inert(s), "Strip": Strip(s, true)} {
			if r, bad := rawUnsafe(out); bad || !utf8.ValidString(out) {
				t.Fatalf("%s(%q) = %q holds %U", name, s, out, r)
			}
		}
		if strings.Contains(Escape(s), "\n") {
			t.Fatalf("Escape(%q) spans lines", s)
		}
	})
}

func TestEscapeLinesKeepsTabs(t *testing.T) {
	if got := EscapeLines("  -o\tout\n"); got != "  -o\tout\n" {
		t.Errorf("EscapeLines = %q", got)
	}
	if got := Strip("a\tb", true); got != "a b" {
		t.Errorf("Strip kept a tab: %q", got)
	}
	if got := Inert("a\tb"); got != "a␉b" {
		t.Errorf("Inert passed a tab: %q", got)
	}
}
