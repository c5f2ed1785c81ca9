package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/cliargs"
	"github.com/debrief-dev/debrief/lint"
)

const actionsListUse = "actions [DIR] [--owner X] [--service S] [--overdue] [--format text|json]"

// actionsList is "debrief actions [DIR]": the action items no file records
// as done, across the archive, by owner and due date. It exits 1 when any
// item it lists is overdue, so a scheduled CI job fails and someone looks.
// now is the day overdue is measured against (the command passes the
// clock; tests a fixed day).
func actionsList(args []string, now time.Time, stdout, stderr io.Writer) int {
	fs, opt := listFlags(stderr)
	pos, err := cliargs.Parse(fs, args)
	if err != nil {
		return exitError
	}
	if len(pos) > 1 {
		if fi, err := os.Stat(pos[0]); err != nil || !fi.IsDir() {
			fmt.Fprintf(stderr, "debrief actions: unknown subcommand %q\n%s", pos[0], actionsUsage)
			return exitError
		}
		fs.Usage()
		return exitError
	}
	if opt.format != "text" && opt.format != "json" {
		return fail(stderr, fmt.Errorf("--format %q: want text or json", opt.format))
	}
	dir := ""
	if len(pos) == 1 {
		dir = pos[0]
	}
	ix, err := openArchiveFor("actions", dir, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	defer ix.Close()
	items, err := ix.OpenActions(archive.ActionFilter{Owner: opt.owner, Service: opt.service, Overdue: opt.overdue, Now: now})
	if err != nil {
		return fail(stderr, err)
	}
	late := 0
	for i := range items {
		items[i].Path = shown(ix.Top(), items[i].Path)
		if items[i].Overdue {
			late++
		}
	}
	if opt.format == "json" {
		if items == nil {
			items = []archive.OpenAction{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(map[string]any{"now": now.UTC().Format(time.DateOnly), "open": len(items), "overdue": late, "items": items})
	} else if len(items) == 0 && emptyArchive(ix) {
		// "No open action items" of a folder with no postmortems would
		// read as every promise kept.
		fmt.Fprintf(stdout, "No postmortems in %s yet, so no action items (debrief archive lists what it read and why it skipped any).\n", lint.Escape(ix.Top()))
	} else {
		writeActions(stdout, items, now, *opt)
	}
	if late > 0 {
		return exitFindings
	}
	return exitOK
}

// listOptions are the listing's flags.
type listOptions struct {
	owner, service, format string
	overdue                bool
}

// listFlags defines the listing's flags, for parsing and for the help.
func listFlags(w io.Writer) (*flag.FlagSet, *listOptions) {
	fs := newFlagSet("actions", w, actionsListUse)
	var o listOptions
	fs.StringVar(&o.owner, "owner", "", "only the items of owner `X` (@handle, handle or email)")
	fs.StringVar(&o.service, "service", "", "only the items of service `S`'s postmortems")
	fs.BoolVar(&o.overdue, "overdue", false, "only items past their due date")
	fs.StringVar(&o.format, "format", "text", "`FORMAT`: text or json")
	return fs, &o
}

// writeActions prints the items grouped by owner, the owner with the
// longest-overdue item first, each item as its id, due date, how late it
// is and what it is, then where it comes from: the lines a CI log shows
// and a person can act on (FILE:LINE opens in an editor).
func writeActions(w io.Writer, items []archive.OpenAction, now time.Time, opt listOptions) {
	if len(items) == 0 {
		// Say the filters: "No open action items." of --owner with a
		// misspelt name reads as every promise kept.
		which := "open"
		if opt.overdue {
			which = "overdue"
		}
		var within []string
		if opt.owner != "" {
			within = append(within, "owned by "+opt.owner)
		}
		if opt.service != "" {
			within = append(within, "of the service "+opt.service)
		}
		also := ""
		if len(within) > 0 {
			also = " " + strings.Join(within, " ")
		}
		fmt.Fprintf(w, "No %s action items%s.\n", which, lint.Escape(also))
		return
	}
	var owners []string
	groups := map[string][]archive.OpenAction{}
	y, m, d := now.UTC().Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	idW, stateW, late := 0, 0, 0
	for _, it := range items {
		if it.Overdue {
			late++
		}
		key := strings.ToLower(strings.TrimPrefix(it.Owner, "@"))
		if _, ok := groups[key]; !ok {
			owners = append(owners, key)
		}
		groups[key] = append(groups[key], it)
		idW = max(idW, len(itemID(it)))
		stateW = max(stateW, len(lateness(it, today)))
	}
	for i, key := range owners {
		g := groups[key]
		if i > 0 {
			fmt.Fprintln(w)
		}
		n := 0
		for _, it := range g {
			if it.Overdue {
				n++
			}
		}
		who := lint.Escape(g[0].Owner)
		if who == "" {
			who = "(no owner)"
		}
		fmt.Fprintf(w, "%s: %d open, %d overdue\n", who, len(g), n)
		for _, it := range g {
			due := "-"
			if !it.Due.IsZero() {
				due = it.Due.Format(time.DateOnly)
			}
			fmt.Fprintf(w, "  %-*s  %-10s  %-*s  %s\n", idW, itemID(it), due, stateW, lateness(it, today), lint.Escape(it.What))
			fmt.Fprintf(w, "  %-*s  %s\n", idW, "", where(it))
		}
	}
	fmt.Fprintf(w, "\n%s, %d overdue\n", plural(len(items), "open action item"), late)
}

// itemID is the item's PM- id, or its number when the file gives no date.
func itemID(it archive.OpenAction) string {
	if it.ID != "" {
		return lint.Escape(it.ID)
	}
	return fmt.Sprintf("#%d", it.N)
}

// lateness says how late an item is, or how long is left.
func lateness(it archive.OpenAction, today time.Time) string {
	left := int(it.Due.Sub(today) / (24 * time.Hour))
	switch {
	case it.Overdue && it.DaysOverdue == 1:
		return "1 day overdue"
	case it.Overdue:
		return fmt.Sprintf("%d days overdue", it.DaysOverdue)
	case it.Due.IsZero():
		return "no due date"
	case left <= 0:
		return "due today"
	case left == 1:
		return "due tomorrow"
	}
	return fmt.Sprintf("due in %d days", left)
}

// where is the item's service, ticket and postmortem as FILE:LINE.
func where(it archive.OpenAction) string {
	var parts []string
	if it.Service != "" {
		parts = append(parts, lint.Escape(it.Service))
	}
	if it.Ticket != "" {
		parts = append(parts, lint.Escape(it.Ticket))
	} else {
		parts = append(parts, "no ticket")
	}
	file := it.Path // already escaped by shown
	if it.Line > 0 {
		file += fmt.Sprintf(":%d", it.Line)
	}
	return strings.Join(append(parts, file), " · ")
}

// emptyArchive reports whether the archive holds no postmortem at all; it
// is asked only when nothing was listed, so a full archive never pays.
func emptyArchive(ix *archive.Index) bool {
	recs, err := ix.Records()
	return err == nil && len(recs) == 0
}
