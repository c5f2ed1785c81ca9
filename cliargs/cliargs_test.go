package cliargs

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
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

// TestMistakesAreOneLine: a mistyped option or value is told in one line
// naming it with debrief's dashes, and the usage is not dumped after it;
// --help still prints the usage.
func TestMistakesAreOneLine(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--bogus"}, "debrief lint: unknown option --bogus\nsee 'debrief lint --help'\n"},
		{[]string{"-z"}, "debrief lint: unknown option -z\nsee 'debrief lint --help'\n"},
		{[]string{"--count", "many"}, "debrief lint: --count \"many\": parse error\nsee 'debrief lint --help'\n"},
		{[]string{"x.md", "--format"}, "debrief lint: --format needs a value\nsee 'debrief lint --help'\n"},
	} {
		var out strings.Builder
		fs := flag.NewFlagSet("lint", flag.ContinueOnError)
		fs.SetOutput(&out)
		fs.Usage = func() { fmt.Fprintln(fs.Output(), "usage: debrief lint [FILE...]") }
		fs.String("format", "text", "output `format`")
		fs.Int("count", 1, "how many")
		if _, err := Parse(fs, tc.args); err == nil {
			t.Errorf("%q parsed", tc.args)
		}
		if out.String() != tc.want {
			t.Errorf("%q printed %q, want %q", tc.args, out.String(), tc.want)
		}
	}
	var out strings.Builder
	fs := flag.NewFlagSet("lint", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.Usage = func() { fmt.Fprintln(fs.Output(), "usage: debrief lint [FILE...]") }
	if _, err := Parse(fs, []string{"--help"}); !errors.Is(err, flag.ErrHelp) || out.String() != "usage: debrief lint [FILE...]\n" {
		t.Errorf("--help: %v, printed %q", err, out.String())
	}
}

// TestDefaultsUseTwoDashes: the option list reads "--format", as the usage
// line and README do, and a one-letter option keeps one dash.
func TestDefaultsUseTwoDashes(t *testing.T) {
	var out strings.Builder
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.String("format", "text", "output `format`")
	fs.String("o", "", "write to `OUT`")
	PrintDefaults(fs)
	got := out.String()
	if !strings.Contains(got, "  --format format\n") || !strings.Contains(got, "  -o OUT\n") || strings.Contains(got, "  -format") {
		t.Errorf("defaults read:\n%s", got)
	}
}
