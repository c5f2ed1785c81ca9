package main

import (
	"fmt"
	"io"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/cliargs"
)

func cmdAgenda(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("agenda", stderr, `agenda

Prints the default agenda, commented: the starting point for your own.
  debrief agenda > our-agenda.yaml     then edit it, and
  debrief --agenda our-agenda.yaml     runs a meeting on it`)
	pos, err := cliargs.Parse(fs, args)
	if err != nil {
		return exitError
	}
	if len(pos) > 0 {
		return fail(stderr, fmt.Errorf("agenda takes no arguments, not %q (debrief agenda > our-agenda.yaml)", pos[0]))
	}
	if _, err := stdout.Write(agenda.DefaultYAML()); err != nil {
		return fail(stderr, err)
	}
	return exitOK
}
