// Package cliargs parses a command's flags wherever they stand among its
// arguments, so "debrief lint pm.md --format json" means what
// "debrief lint --format json pm.md" does.
package cliargs

import "flag"

// Parse parses the flags in args that may come before or after the
// positional arguments, and returns the positional arguments in order.
// Everything after "--" is positional, so a file named "-x" can be given.
func Parse(fs *flag.FlagSet, args []string) ([]string, error) {
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
