// Command lintbench is `debrief lint` on its own, so the benchmark scripts
// can build it without depending on the rest of the debrief command.
package main

import (
	"os"

	"github.com/debrief-dev/debrief/lint"
)

func main() {
	os.Exit(lint.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
