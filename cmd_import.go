package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/importer"
	"github.com/debrief-dev/debrief/model"
)

// listFlag collects a flag given more than once.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// importFlags are new's flags for seeding the timeline from files.
type importFlags struct {
	files  listFlag
	window string
	// skipped is what the last read of the files left out, and why.
	skipped importer.Skipped
}

func addImportFlags(fs *flag.FlagSet) *importFlags {
	f := &importFlags{}
	fs.Var(&f.files, "import", "seed the timeline with draft rows from `FILE` (repeatable or comma-separated; kind:FILE to name the kind: "+
		strings.Join(importer.Kinds, ", ")+")")
	fs.StringVar(&f.window, "window", "", "the incident's time window for a Slack export, `FROM/TO` in RFC 3339 (default: the other files' span, or --date)")
	return f
}

// importOptions reads --window.
func (f *importFlags) options(day string) (importer.Options, error) {
	opt := importer.Options{Day: day}
	if f.window == "" {
		return opt, nil
	}
	from, to, ok := strings.Cut(f.window, "/")
	var err error
	if opt.From, err = time.Parse(time.RFC3339, strings.TrimSpace(from)); err == nil && ok {
		opt.To, err = time.Parse(time.RFC3339, strings.TrimSpace(to))
	}
	if err != nil || !ok || opt.To.Before(opt.From) {
		return opt, fmt.Errorf("--window %q: want FROM/TO such as 2026-11-19T09:00:00Z/2026-11-19T11:00:00Z", f.window)
	}
	return opt, nil
}

// importedRows reads the --import files before the setup screen opens,
// so a bad file stops debrief (exit 2) before anything is written; the
// rows are recorded as drafts once the meeting starts. A Slack export is
// bounded by --window, else by the other files' span, else by --date:
// the setup screen's date comes too late to narrow it. When --date is not
// given, the setup's date is prefilled from the earliest row. Imported
// rows carry their own UTC times, so changing the date or the input zone
// on the setup screen does not move them.
func importedRows(f *importFlags, setup *model.Setup, ag agenda.Agenda) ([]model.DraftRow, error) {
	if err := f.checkPaths(); err != nil {
		return nil, err
	}
	specs, err := importer.ParseSpecs(f.files)
	if err != nil {
		return nil, err
	}
	opt, err := f.options(setup.IncidentDate)
	if err != nil {
		return nil, err
	}
	rows, skipped, err := importer.LoadCounted(specs, opt)
	if err != nil {
		return nil, err
	}
	f.skipped = skipped
	if len(rows) > 0 && !slices.ContainsFunc(ag.Phases, func(p agenda.Phase) bool { return p.Capture == agenda.CaptureTimeline }) {
		return nil, fmt.Errorf("--import: %w", model.ErrNoTimelinePhase)
	}
	if setup.IncidentDate == "" && len(rows) > 0 && rows[0].At.Year() > 1 {
		setup.IncidentDate = rows[0].At.UTC().Format(time.DateOnly)
	}
	return rows, nil
}

// checkPaths refuses an empty --import value, or an empty name in a
// comma-separated list: it is most often a shell variable that was never
// set (--import "$ALERTS"), and skipping it would start the meeting
// without the rows the person meant to bring.
func (f *importFlags) checkPaths() error {
	for _, v := range f.files {
		if strings.TrimSpace(v) == "" {
			return fmt.Errorf("--import %q: no file named; give FILE or kind:FILE (kinds: %s)", v, strings.Join(importer.Kinds, ", "))
		}
		for _, part := range strings.Split(v, ",") {
			if strings.TrimSpace(part) == "" {
				return fmt.Errorf("--import %q: an empty name in the list; give FILE,FILE with no empty place", v)
			}
		}
	}
	return nil
}

// importedSession returns the opening events of a served meeting, which
// has no setup screen: the setup from the flags with the defaults the
// screen would fill in, the agenda, the first phase started, and every
// imported row as a draft. Nothing is written; a bad file is an error
// naming it and nothing else happens.
func importedSession(f *importFlags, setup model.Setup, ag agenda.Agenda, now time.Time) ([]model.Event, error) {
	var rows []model.DraftRow
	if len(f.files) > 0 {
		var err error
		if rows, err = importedRows(f, &setup, ag); err != nil {
			return nil, err
		}
	}
	if setup.IncidentDate == "" {
		setup.IncidentDate = now.UTC().Format(time.DateOnly)
	}
	if setup.Title == "" {
		setup.Title = "Untitled incident"
	}
	if setup.Severity == "" {
		setup.Severity = model.SEV2
	}
	st := model.New()
	events := []model.Event{
		{Kind: model.SessionCreated, Setup: &setup, Agenda: &ag},
		{Kind: model.PhaseStarted, Phase: ag.Phases[0].ID},
	}
	for i := range events {
		events[i].Seq, events[i].At = i+1, now.UTC()
		if err := st.Apply(events[i]); err != nil {
			return nil, err
		}
	}
	for _, ev := range model.ImportDrafts(st, rows) {
		ev.Seq, ev.At = len(events)+1, now.UTC()
		if err := st.Apply(ev); err != nil {
			return nil, err
		}
		events = append(events, ev)
	}
	return events, nil
}

// reportImport says what was read, per source: recorded already (a served
// meeting starts with them), or to be recorded when the meeting starts. A
// file that gave no rows is named too, so an empty file or a Slack export
// whose messages all fall outside the time window is not taken for one
// that was imported.
func reportImport(w io.Writer, f *importFlags, rows []model.DraftRow, recorded bool) {
	var order []string
	count := map[string]int{}
	for _, r := range rows {
		if count[r.Source] == 0 {
			order = append(order, r.Source)
		}
		count[r.Source]++
	}
	for _, s := range order {
		if recorded {
			fmt.Fprintf(w, "debrief: imported %s from %s\n", plural(count[s], "draft row"), importer.Visible(s))
			continue
		}
		fmt.Fprintf(w, "debrief: read %s from %s, to be recorded as drafts when the meeting starts\n", plural(count[s], "row"), importer.Visible(s))
	}
	for _, l := range emptyImports(f, importedPaths(rows)) {
		fmt.Fprintf(w, "debrief: %s\n", l)
	}
	if f.skipped.Total() > 0 {
		fmt.Fprintf(w, "debrief: left out %s\n", f.skipped)
	}
}

// emptyImports names each file given to --import that gave no rows, with
// why, for stderr and the setup screen; paths holds those that gave some.
func emptyImports(f *importFlags, paths map[string]bool) []string {
	var out []string
	specs, _ := importer.ParseSpecs(f.files)
	for _, sp := range specs {
		if paths[sp.Path] {
			continue
		}
		why := "it holds none"
		if fi, err := os.Stat(sp.Path); err == nil && fi.IsDir() {
			why = "no message in the incident's time window (--window FROM/TO widens it)"
		}
		out = append(out, fmt.Sprintf("no rows from %s: %s", importer.Visible(sp.Path), why))
	}
	return out
}

// importedPaths are the files the rows came from.
func importedPaths(rows []model.DraftRow) map[string]bool {
	paths := map[string]bool{}
	for _, r := range rows {
		_, p, _ := strings.Cut(r.Source, ":")
		paths[p] = true
	}
	return paths
}
