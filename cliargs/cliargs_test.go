package cliargs

import (
	"flag"
	"io"
	"slices"
	"testing"
)

func TestFlagsAnywhere(t *testing.T) {
	for _, tc := range []struct {
		args []string
		pos  []string
		fmt  string
	}{
		{[]string{"--format", "json", "a.md", "b.md"}, []string{"a.md", "b.md"}, "json"},
		{[]string{"a.md", "--format", "json", "b.md"}, []string{"a.md", "b.md"}, "json"},
		{[]string{"a.md", "b.md", "--format=json"}, []string{"a.md", "b.md"}, "json"},
		{[]string{"a.md", "--", "--format", "-x.md"}, []string{"a.md", "--format", "-x.md"}, "text"},
		{[]string{"-", "--format", "json"}, []string{"-"}, "json"},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		format := fs.String("format", "text", "")
		pos, err := Parse(fs, tc.args)
		if err != nil || !slices.Equal(pos, tc.pos) || *format != tc.fmt {
			t.Errorf("Parse(%q) = %q, --format %q, %v; want %q, %q", tc.args, pos, *format, err, tc.pos, tc.fmt)
		}
	}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if _, err := Parse(fs, []string{"a.md", "--nope"}); err == nil {
		t.Error("an unknown option after a file was accepted")
	}
}
