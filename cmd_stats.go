package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/archive/statsview"
	"github.com/debrief-dev/debrief/cliargs"
	"github.com/debrief-dev/debrief/lint"
)

func cmdStats(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("stats", stderr, "stats [DIR] [--by service|severity|trigger|quarter] [--format text|json|csv]")
	by := fs.String("by", "service", "group by `GROUP`: service, severity, trigger or quarter")
	format := fs.String("format", "text", "`FORMAT`: text (charts), json or csv")
	pos, err := cliargs.Parse(fs, args)
	if err != nil {
		return exitError
	}
	if len(pos) > 1 {
		fs.Usage()
		return exitError
	}
	switch *format {
	case "text", "json", "csv":
	default:
		return fail(stderr, fmt.Errorf("--format %q: want text, json or csv", *format))
	}
	if !slices.Contains(archive.Groupings, *by) {
		// Said before the archive is looked for: outside one, or in an
		// empty one, the misspelt flag is what the user needs to hear.
		return fail(stderr, fmt.Errorf("--by %q: want one of %s", *by, strings.Join(archive.Groupings, ", ")))
	}
	dir := ""
	if len(pos) == 1 {
		dir = pos[0]
	}
	ix, err := openArchiveFor("stats", dir, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	defer ix.Close()
	recs, err := ix.Records()
	if err != nil {
		return fail(stderr, err)
	}
	if len(recs) == 0 && *format == "text" {
		// A page of empty charts would read as an archive of incidents
		// that took no time; say what is missing instead.
		fmt.Fprintf(stdout, "debrief stats: no postmortems in %s yet (debrief archive lists what it read and why it skipped any)\n", lint.Escape(ix.Top()))
		return exitOK
	}
	st, err := archive.Compute(recs, *by, time.Now())
	if err != nil {
		return fail(stderr, err)
	}
	switch *format {
	case "json":
		err = statsview.JSON(stdout, st)
	case "csv":
		err = statsview.CSV(stdout, st)
	default:
		// The writer drops colour for NO_COLOR, dumb terminals and pipes.
		w := colorprofile.NewWriter(stdout, os.Environ())
		statsview.Text(w, st, termWidth(stdout))
	}
	if err != nil {
		return fail(stderr, err)
	}
	return exitOK
}

// termWidth is stdout's width, 80 when it is not a terminal.
func termWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 0 {
			return width
		}
	}
	return 80
}
