package lint

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAppendJSONString: the hand-written encoder always writes a JSON
// string that decodes to the input (invalid UTF-8 as U+FFFD), with nothing
// a terminal acts on left raw.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "plain", `"quoted" \back\slash`, "tab\tnew\nline\rcr", "\x1b[31mred\x1b[0m",
		"\x00nul \x7f del", "c1 \u009b2J", "bidi \u202egnp.exe\u202c \u2066x\u2069", "ls \u2028 ps \u2029",
		"bad \xff\xfe utf8 \xc3", "café 漢字 🔥", "</script><!-- -->&amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := appendJSONString(nil, s)
		var got string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("%q: not a JSON string: %s (%v)", s, out, err)
		}
		if want := strings.ToValidUTF8(s, "\uFFFD"); got != want && !validReplaced(s, got) {
			t.Fatalf("%q decodes to %q", s, got)
		}
		for _, r := range string(out) {
			if dangerous(r) || r == 0x2028 || r == 0x2029 {
				t.Fatalf("%q: raw %U in %s", s, r, out)
			}
		}
	})
}

// validReplaced allows for invalid UTF-8 replaced byte by byte, as
// encoding/json does, where strings.ToValidUTF8 replaces runs.
func validReplaced(in, got string) bool {
	var b strings.Builder
	for i := 0; i < len(in); {
		r, n := utf8.DecodeRuneInString(in[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(in[i : i+n])
		}
		i += n
	}
	return b.String() == got
}
