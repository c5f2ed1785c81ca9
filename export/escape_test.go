package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

func TestEscapeInline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Deploy v2.31.4 to prod (canary 5%)", "Deploy v2.31.4 to prod (canary 5%)"},
		{"pg_pool_utilization > 0.8", "pg_pool_utilization &gt; 0.8"},
		{"_leading and trailing_", `\_leading and trailing\_`},
		{"a | b", `a \| b`},
		{`back\slash`, `back\\slash`},
		{"`code`", "\\`code\\`"},
		{"<script>&amp;", "&lt;script&gt;&amp;amp;"},
		{"# heading", `\# heading`},
		{"ticket #42 is fine", "ticket #42 is fine"},
		{"closing ##", `closing \#\#`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"===", `\===`},
		{"---", `\---`},
		{"1. first", `1\. first`},
		{"12) twelfth", `12\) twelfth`},
		{"1234567890. too long for a list", "1234567890. too long for a list"},
		{"v1. not at the start", "v1. not at the start"},
		{"*em* [link](x) ~~s~~", `\*em\* \[link\](x) \~\~s\~\~`},
		{"  padded\t", "padded"},
		{"one\ntwo\r\nthree\rfour\u2028five", "one two three four five"},
		{"\x1b[31mred", `\x1b\[31mred`},
		{"bell\x07 nul\x00 del\x7f", `bell\x07 nul\x00 del\x7f`},
		{"csi \u009b1m", `csi \u009b1m`},
		{"rtl \u202eevil", `rtl \u202eevil`},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"emoji 🔥 漢字", "emoji 🔥 漢字"},
		{"", ""},
		{"\n\t ", ""},
	} {
		if got := escapeInline(tc.in); got != tc.want {
			t.Errorf("escapeInline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEscapeBlock(t *testing.T) {
	in := "First line\n---\n\n\n\n# two\r\n1. three\n"
	want := "First line\n\\---\n\n\\# two\n1\\. three"
	if got := escapeBlock(in); got != want {
		t.Errorf("escapeBlock = %q, want %q", got, want)
	}
}

// hasInert looks at lead bytes; it must agree with isInert on every rune
// a session-file line can hold raw.
func TestHasInertAgreesWithIsInert(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if r < 0x20 {
			continue // encoding/json never writes these raw
		}
		b := []byte("x" + string(r) + "y")
		if want := isInert(r); hasInert(b) != want {
			t.Errorf("hasInert(%U) = %v, want %v", r, !want, want)
		}
	}
}

// TestURLWithAmpersandAutolinks: a note quoting a URL with a query string
// must link to that URL; an escaped & inside the autolink changes it.
func TestURLWithAmpersandAutolinks(t *testing.T) {
	const url = "https://wiki.example.com/page?id=4&tab=2"
	var out bytes.Buffer
	src := "- " + escapeInline("the runbook at "+url+" was out of date") + "\n"
	if err := goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert([]byte(src), &out); err != nil {
		t.Fatal(err)
	}
	if want := `href="https://wiki.example.com/page?id=4&amp;tab=2"`; !strings.Contains(out.String(), want) {
		t.Errorf("rendered %q, want a link with %s", out.String(), want)
	}
	if got := escapeInline("AT&T &amp; &#x3C; &#169; &copy"); got != "AT&T &amp;amp; &amp;#x3C; &amp;#169; &copy" {
		t.Errorf("entities: %q", got)
	}
}
