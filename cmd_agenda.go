package main

import (
	"io"

	"github.com/debrief-dev/debrief/agenda"
)

func cmdAgenda(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("agenda", stderr, "agenda")
	if _, err := parseInterspersed(fs, args); err != nil {
		return exitError
	}
	if _, err := stdout.Write(agenda.DefaultYAML()); err != nil {
		return fail(stderr, err)
	}
	return exitOK
}
