// Package cliargs parses a command's flags wherever they stand among its
// arguments, so "debrief lint pm.md --format json" means what
// "debrief lint --format json pm.md" does, and words what goes wrong the
// way the rest of debrief does: options with two dashes, one line naming
// the option, and where to read more.
package cliargs

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"regexp"
	"strings"
)

// Parse parses the flags in args that may come before or after the
// positional arguments, and returns the positional arguments in order.
// Everything after "--" is positional, so a file named "-x" can be given.
//
// With -h or --help it prints fs's usage and returns flag.ErrHelp. Any
// other mistake is printed to fs's output as one line ("debrief lint:
// unknown option --bogus") with a pointer to --help, not the whole usage.
func Parse(fs *flag.FlagSet, args []string) ([]string, error) {
	usage, out := fs.Usage, fs.Output()
	var said bytes.Buffer
	helped := false
	fs.SetOutput(&said)
	fs.Usage = func() { helped = true }
	defer func() { fs.SetOutput(out); fs.Usage = usage }()
	pos, err := parse(fs, args)
	if err == nil {
		return pos, nil
	}
	fs.SetOutput(out)
	if errors.Is(err, flag.ErrHelp) && helped {
		usage()
		return nil, err
	}
	name := fs.Name()
	if !strings.HasPrefix(name, "debrief") {
		name = "debrief " + name
	}
	fmt.Fprintf(out, "%s: %s\nsee '%s --help'\n", name, Reword(err), name)
	return nil, err
}

func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil // the flag package ended the options at "--"
		}
		args = rest
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

var (
	undefined = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	badValue  = regexp.MustCompile(`^invalid (?:boolean )?value (".*") for flag -+([^:]+): (.*)$`)
	needsArg  = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	badSyntax = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// Reword turns the flag package's wording of a parse error into debrief's:
// "flag provided but not defined: -bogus" becomes "unknown option
// --bogus", and a rejected value names its option first.
func Reword(err error) string {
	msg := err.Error()
	if m := undefined.FindStringSubmatch(msg); m != nil {
		return "unknown option " + dashed(m[1])
	}
	if m := badValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s %s: %s", dashed(m[2]), m[1], m[3])
	}
	if m := needsArg.FindStringSubmatch(msg); m != nil {
		return dashed(m[1]) + " needs a value"
	}
	if m := badSyntax.FindStringSubmatch(msg); m != nil {
		return "cannot read the option " + m[1]
	}
	return msg
}

// dashed writes an option as debrief's usage does: "-o" for one letter,
// "--format" for a word.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

var oneDash = regexp.MustCompile(`(?m)^  -([^-\s][^\s]+)`)

// PrintDefaults writes fs's options as flag.PrintDefaults does, but with
// the two dashes debrief's usage lines and README use ("--format").
func PrintDefaults(fs *flag.FlagSet) {
	out := fs.Output()
	var b bytes.Buffer
	fs.SetOutput(&b)
	fs.PrintDefaults()
	fs.SetOutput(out)
	out.Write(oneDash.ReplaceAll(b.Bytes(), []byte("  --$1")))
}
