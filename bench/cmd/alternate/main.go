//go:build unix

// Command alternate runs two or more commands in turn, one run of each
// per round, so a busy machine loads them alike, and prints the median
// wall time and peak memory (maximum resident set size) of each.
//
//	alternate [-runs 9] [-warmup 1] -- NAME CMD [ARG...] -- NAME CMD [ARG...]
//
// Each command's output is counted in lines (findings, for a linter) and
// thrown away; its exit status is ignored, as linters exit 1 on findings.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

type tool struct {
	name  string
	argv  []string
	walls []time.Duration
	rss   []int64 // KB
	lines int
}

// lineCounter counts newlines in what is written to it.
type lineCounter struct{ n int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.n += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

func main() {
	runs := flag.Int("runs", 9, "measured runs of each command")
	warmup := flag.Int("warmup", 1, "unmeasured runs of each command first")
	flag.Parse()
	args := flag.Args()
	// flag.Parse drops the first "--" when it ends the flags.
	if len(args) > 0 && args[0] != "--" {
		args = append([]string{"--"}, args...)
	}
	var tools []*tool
	for _, a := range args {
		if a == "--" {
			tools = append(tools, &tool{})
			continue
		}
		if len(tools) == 0 {
			fail("commands start with --")
		}
		t := tools[len(tools)-1]
		if t.name == "" {
			t.name = a
		} else {
			t.argv = append(t.argv, a)
		}
	}
	if len(tools) < 1 || slices.ContainsFunc(tools, func(t *tool) bool { return len(t.argv) == 0 }) {
		fail("usage: alternate [-runs N] -- NAME CMD [ARG...] -- NAME CMD [ARG...]")
	}
	for i := 0; i < *warmup+*runs; i++ {
		for _, t := range tools {
			wall, rss, lines := runOnce(t.argv)
			if i >= *warmup {
				t.walls = append(t.walls, wall)
				t.rss = append(t.rss, rss)
				t.lines = lines
			}
		}
	}
	fmt.Printf("%-10s %12s %12s %12s %14s %10s\n", "tool", "median (ms)", "min (ms)", "max (ms)", "peak RSS (MB)", "lines out")
	for _, t := range tools {
		slices.Sort(t.walls)
		slices.Sort(t.rss)
		fmt.Printf("%-10s %12.1f %12.1f %12.1f %14.1f %10d\n", t.name, ms(t.walls[len(t.walls)/2]),
			ms(t.walls[0]), ms(t.walls[len(t.walls)-1]), float64(t.rss[len(t.rss)/2])/1024, t.lines)
	}
}

// runOnce runs argv and returns its wall time, its peak RSS in KB and the
// lines it printed.
func runOnce(argv []string) (time.Duration, int64, int) {
	var out lineCounter
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = &out, io.Discard
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		fail(fmt.Sprintf("%s: %v", argv[0], err))
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		fail("no resource usage on this system")
	}
	return wall, maxRSSKB(ru), out.n
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "alternate:", msg)
	os.Exit(2)
}
