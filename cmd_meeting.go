package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/tui"
)

func cmdNew(args []string, stderr io.Writer) int {
	fs := newFlagSet("new", stderr, "[new] [flags]")
	title := fs.String("title", "", "what failed, in one line")
	service := fs.String("service", "", "the service that failed")
	severity := fs.String("severity", "", "SEV-1 to SEV-4")
	date := fs.String("date", "", "the incident date, YYYY-MM-DD (default today, UTC)")
	attendees := fs.String("attendees", "", `attendees with roles: "Ana:facilitator,Bo:scribe,Cy:ic,Di:owner,Ed"`)
	agendaFile := fs.String("agenda", "", "a team's own agenda file (YAML; see debrief agenda)")
	rulesFile := fs.String("rules", "", "a team's phrasing rules file (YAML), on top of the defaults")
	sessionFile := fs.String("session", "", "the session file to write (default: a dated name in this folder)")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return exitError
	}
	if len(pos) > 0 {
		return fail(stderr, fmt.Errorf("unexpected argument %q (to continue a meeting: debrief resume FILE)", pos[0]))
	}
	setup := model.Setup{Title: *title, Service: *service, IncidentDate: *date}
	if *severity != "" {
		if setup.Severity, err = model.ParseSeverity(*severity); err != nil {
			return fail(stderr, fmt.Errorf("--severity: %w", err))
		}
	}
	if *date != "" {
		if _, err := time.Parse("2006-01-02", *date); err != nil {
			return fail(stderr, fmt.Errorf("--date: %q is not a date like 2026-11-19", *date))
		}
	}
	if setup.Attendees, err = model.ParseAttendees(*attendees); err != nil {
		return fail(stderr, fmt.Errorf("--attendees: %w", err))
	}
	ag := agenda.Default()
	if *agendaFile != "" {
		if ag, err = agenda.Load(*agendaFile); err != nil {
			return fail(stderr, err)
		}
	}
	rules, err := loadRules(*rulesFile)
	if err != nil {
		return fail(stderr, err)
	}
	path := *sessionFile
	if path == "" {
		path = store.DefaultPath(time.Now(), ".")
	}
	f, err := store.Create(path)
	if err != nil {
		return fail(stderr, err)
	}
	opt := tui.Options{Agenda: ag, Setup: setup, Store: f, Rules: rules, Export: exporter(path, rules)}
	return runMeeting(opt, f, true, stderr)
}

func cmdResume(args []string, stderr io.Writer) int {
	fs := newFlagSet("resume", stderr, "resume FILE [--rules FILE]")
	rulesFile := fs.String("rules", "", "a team's phrasing rules file (YAML), on top of the defaults")
	file, ok := oneFile(fs, args)
	if !ok {
		return exitError
	}
	rules, err := loadRules(*rulesFile)
	if err != nil {
		return fail(stderr, err)
	}
	f, events, warnings, err := store.Open(file)
	if err != nil {
		return fail(stderr, err)
	}
	warn(stderr, warnings)
	if len(events) == 0 {
		f.Close()
		return fail(stderr, fmt.Errorf("%s: the meeting never started; start a new one with debrief --session %s", file, file))
	}
	opt := tui.Options{Store: f, Events: events, Rules: rules, Export: exporter(file, rules)}
	return runMeeting(opt, f, false, stderr)
}

// loadRules is the default rule set, the user's own file if there is one,
// and then --rules on top.
func loadRules(path string) (*phrasing.Rules, error) {
	rules := phrasing.DefaultRules()
	if user := phrasing.UserRulesPath(); user != "" {
		if _, err := os.Stat(user); err == nil {
			r, err := phrasing.LoadRules(user, rules)
			if err != nil {
				return nil, err
			}
			rules = r
		}
	}
	if path != "" {
		return phrasing.LoadRules(path, rules)
	}
	return rules, nil
}

// runMeeting runs the screen, then writes whatever the last moments left
// unwritten and tells the user where the session is.
func runMeeting(opt tui.Options, f *store.File, created bool, stderr io.Writer) int {
	m, err := tui.New(opt)
	if err != nil {
		f.Close()
		return fail(stderr, fmt.Errorf("%s: %w", f.Path(), err))
	}
	var opts []tea.ProgramOption
	if !term.IsTerminal(os.Stdin.Fd()) {
		// Keys piped in (a script, a test) are read from stdin itself
		// rather than from the controlling terminal.
		opts = append(opts, tea.WithInput(os.Stdin))
	}
	final, runErr := tea.NewProgram(m, opts...).Run()
	fm, _ := final.(*tui.Model)
	if fm == nil {
		fm = m
	}
	saveErr := f.Append(fm.Pending()...)
	path := f.Path()
	f.Close()
	if saveErr != nil {
		rescue := path + ".rescue"
		if err := os.WriteFile(rescue, rescueBytes(fm.Pending()), 0o600); err == nil {
			fmt.Fprintf(stderr, "debrief: could not save to %s (%v); the last events are in %s\n", path, saveErr, rescue)
		} else {
			fmt.Fprintf(stderr, "debrief: could not save to %s: %v\n", path, saveErr)
		}
		return exitError
	}
	if runErr != nil && !errors.Is(runErr, tea.ErrInterrupted) && !fm.Started() {
		if created {
			os.Remove(path)
		}
		return fail(stderr, runErr)
	}
	if created && !fm.Started() {
		os.Remove(path)
		fmt.Fprintln(stderr, "debrief: the meeting never started; nothing was saved")
		return exitOK
	}
	if runErr != nil && !errors.Is(runErr, tea.ErrInterrupted) {
		fmt.Fprintf(stderr, "debrief: %v\n", runErr)
	}
	shown := path
	if abs, err := filepath.Abs(path); err == nil {
		shown = abs
	}
	fmt.Fprintf(stderr, "Session saved to %s\n", shown)
	if fm.DraftKept() {
		fmt.Fprintln(stderr, "  The text you were typing is saved too; resume puts it back in the box.")
	}
	fmt.Fprintf(stderr, "  resume:  debrief resume %s\n  export:  debrief export %s -o %s\n",
		quoteArg(path), quoteArg(path), quoteArg(markdownPath(path)))
	return exitOK
}

func rescueBytes(evs []model.Event) []byte {
	var b []byte
	for _, ev := range evs {
		line, err := model.EncodeEvent(ev)
		if err == nil {
			b = append(b, line...)
		}
	}
	return b
}

func quoteArg(s string) string {
	if strings.ContainsAny(s, " \t'\"$`\\") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}
