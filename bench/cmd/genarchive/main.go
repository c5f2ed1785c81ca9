// Command genarchive writes a realistic archive of debrief postmortems for
// the archive benchmarks: genarchive [-n 10000] DIR.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/debrief-dev/debrief/bench/archivegen"
)

func main() {
	n := flag.Int("n", 10000, "how many postmortems to write")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genarchive [-n 10000] DIR")
		os.Exit(2)
	}
	start := time.Now()
	size, err := archivegen.Write(flag.Arg(0), *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genarchive:", err)
		os.Exit(2)
	}
	fmt.Printf("wrote %d postmortems, %.1f MB, in %s\n", *n, float64(size)/1e6, time.Since(start).Round(time.Millisecond))
}
