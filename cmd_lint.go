package main

import (
	"io"

	"github.com/debrief-dev/debrief/lint"
)

func cmdLint(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return lint.Main(args, stdin, stdout, stderr)
}
