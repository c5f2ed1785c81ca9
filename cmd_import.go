package main

import (
	"flag"
	"fmt"
	"io"
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
}

func addImportFlags(fs *flag.FlagSet) *importFlags {
	f := &importFlags{}
	fs.Var(&f.files, "import", "seed the timeline with draft rows from FILE (repeatable or comma-separated; kind:FILE to name the kind: "+
		strings.Join(importer.Kinds, ", ")+")")
	fs.StringVar(&f.window, "window", "", "the incident's time window for a Slack export, FROM/TO in RFC 3339 (default: the other files' span, or --date)")
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

// importedSession reads the --import files and returns the opening events
// of a meeting seeded with them: the setup and agenda, the first phase
// started, and every row as a draft. Nothing is written; a bad file is an
// error naming it and nothing else happens.
func importedSession(f *importFlags, setup model.Setup, ag agenda.Agenda, now time.Time) ([]model.Event, error) {
	var rows []model.DraftRow
	if len(f.files) > 0 {
		specs, err := importer.ParseSpecs(f.files)
		if err != nil {
			return nil, err
		}
		opt, err := f.options(setup.IncidentDate)
		if err != nil {
			return nil, err
		}
		if rows, err = importer.Load(specs, opt); err != nil {
			return nil, err
		}
	}
	// The defaults the setup screen would have filled in.
	if setup.IncidentDate == "" {
		setup.IncidentDate = now.UTC().Format(time.DateOnly)
		if len(rows) > 0 {
			setup.IncidentDate = rows[0].At.Format(time.DateOnly)
		}
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
	if _, ok := st.TimelinePhase(); !ok && len(rows) > 0 {
		return nil, fmt.Errorf("--import: %w", model.ErrNoTimelinePhase)
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

// reportImport says what was imported, per source.
func reportImport(w io.Writer, events []model.Event) {
	st, err := model.Fold(events)
	if err != nil {
		return
	}
	for _, s := range st.DraftSources() {
		fmt.Fprintf(w, "debrief: imported %d draft rows from %s\n", s.Total, importer.Visible(s.Source))
	}
}
