package main

import (
	"flag"
	"fmt"
	"io"
)

// parseInterspersed parses flags that may come before or after the
// positional arguments ("debrief export FILE -o out.md").
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func newFlagSet(name string, stderr io.Writer, use string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: debrief %s\n", use)
		fs.PrintDefaults()
	}
	return fs
}

// fail prints an error the way every debrief command does and returns 2.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "debrief: %v\n", err)
	return exitError
}

// oneFile parses flags around exactly one FILE argument, printing the usage
// when there is not exactly one.
func oneFile(fs *flag.FlagSet, args []string) (string, bool) {
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return "", false
	}
	if len(pos) != 1 {
		fs.Usage()
		return "", false
	}
	return pos[0], true
}

// warn prints what a load dropped or repaired, so nothing goes unnoticed.
func warn(stderr io.Writer, warnings []string) {
	for _, w := range warnings {
		fmt.Fprintf(stderr, "debrief: warning: %s\n", w)
	}
}
