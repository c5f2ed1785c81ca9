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
