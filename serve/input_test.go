package serve

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

func filtered(t *testing.T, in string, maxSeq, maxPaste int, oneByte bool) string {
	t.Helper()
	var r io.Reader = strings.NewReader(in)
	if oneByte {
		r = iotest.OneByteReader(r)
	}
	out, err := io.ReadAll(newInputFilter(r, maxSeq, maxPaste))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestInputFilterPassesWhatPeopleType(t *testing.T) {
	for _, in := range []string{
		"the pager fired\r",
		"\x1b[A\x1b[1;5C\x1bOP\x1bx\x1b\x1b",
		"\x1b]11;rgb:0000/0000/0000\x07\x1bP>|xterm(389)\x1b\\",
		"\x1b[200~two\nlines \x1b[31m\x1b[201~after",
		"naïve café ✓",
	} {
		for _, one := range []bool{false, true} {
			if got := filtered(t, in, 64, 64, one); got != in {
				t.Errorf("%q (one byte at a time: %v) came out as %q", in, one, got)
			}
		}
	}
}

func TestInputFilterBoundsPastesAndSequences(t *testing.T) {
	big := strings.Repeat("a", 1<<20)
	cases := []struct{ name, in, want string }{
		{"a megabyte paste", "\x1b[200~" + big + "\x1b[201~x", "\x1b[200~" + big[:100] + "\x1b[201~x"},
		{"a paste that never ends", "\x1b[200~" + big, "\x1b[200~" + big[:100]},
		{"an endless OSC", "\x1b]0;" + big + "\x07x", "\x1b]0;" + big[:46] + "\x07x"},
		{"an endless DCS", "\x1bP" + big + "\x1b\\x", "\x1bP" + big[:48] + "\x1b\\x"},
		{"a CSI with endless parameters", "\x1b[" + strings.Repeat("1;", 1000) + "mx", "\x1b[" + strings.Repeat("1;", 24) + "mx"},
	}
	for _, c := range cases {
		for _, one := range []bool{false, true} {
			if one && len(c.in) > 1<<16 {
				c.in, c.want = c.in[:1<<16], ""
			}
			got := filtered(t, c.in, 50, 100, one)
			if c.want != "" && got != c.want {
				t.Errorf("%s: %d bytes came out, want %d", c.name, len(got), len(c.want))
			}
			if len(got) > 120 {
				t.Errorf("%s (one byte at a time: %v): %d bytes passed", c.name, one, len(got))
			}
		}
	}
	// Keys after a bounded paste still arrive.
	got := filtered(t, "\x1b[200~"+big+"\x1b[201~ok\r", 50, 100, false)
	if !bytes.HasSuffix([]byte(got), []byte("\x1b[201~ok\r")) {
		t.Errorf("after the paste: %q", got[len(got)-20:])
	}
}
