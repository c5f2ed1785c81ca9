// Command gendoc writes the benchmark's Markdown documents, so a script
// can feed the same text to debrief and to Vale.
//
//	gendoc [-size BYTES] [-notes] > doc.md
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/debrief-dev/debrief/bench/docgen"
)

func main() {
	size := flag.Int("size", 1<<20, "document size in bytes (at least)")
	notes := flag.Bool("notes", false, "a findings-dense notes file instead of complete postmortems")
	flag.Parse()
	doc := docgen.Generate
	if *notes {
		doc = docgen.Notes
	}
	if _, err := fmt.Print(doc(*size)); err != nil {
		fmt.Fprintln(os.Stderr, "gendoc:", err)
		os.Exit(1)
	}
}
