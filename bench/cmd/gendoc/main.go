// Command gendoc writes the benchmark's Markdown postmortem document, so a
// script can feed the same text to debrief and to Vale.
//
//	gendoc [-size BYTES] > doc.md
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/debrief-dev/debrief/bench/docgen"
)

func main() {
	size := flag.Int("size", 1<<20, "document size in bytes (at least)")
	flag.Parse()
	if _, err := fmt.Print(docgen.Generate(*size)); err != nil {
		fmt.Fprintln(os.Stderr, "gendoc:", err)
		os.Exit(1)
	}
}
