package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/debrief-dev/debrief/agenda"
	"github.com/debrief-dev/debrief/cliargs"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/textsafe"
	"github.com/debrief-dev/debrief/tui"
)

func cmdNew(args []string, stderr io.Writer) int {
	fs := newFlagSet("new", stderr, "[new] [flags]")
	sf := addSetupFlags(fs)
	sessionFile := pathFlag(fs, "session", "the session `FILE` to write (default: a dated name in this folder)")
	imports := addImportFlags(fs)
	pos, err := cliargs.Parse(fs, args)
	if err != nil {
		return exitError
	}
	if len(pos) > 0 {
		return fail(stderr, fmt.Errorf("unexpected argument %q (to continue a meeting: debrief resume FILE)", pos[0]))
	}
	setup, ag, rules, err := sf.parse()
	if err != nil {
		return fail(stderr, err)
	}
	var rows []model.DraftRow
	var empty []string
	if len(imports.files) > 0 {
		if rows, err = importedRows(imports, &setup, ag); err != nil {
			return fail(stderr, err)
		}
		reportImport(stderr, imports, rows, false)
		empty = emptyImports(imports, importedPaths(rows))
	}
	path := *sessionFile
	if path == "" {
		path = store.DefaultPath(time.Now(), ".")
	}
	f, err := store.Create(path)
	if err != nil {
		return fail(stderr, fmt.Errorf("%w%s", err, keptSetupNote(path)))
	}
	opt := tui.Options{Agenda: ag, Setup: setup, Store: f, Rules: rules, Export: exporter(path, rules), Imports: rows, ImportsEmpty: empty, ImportsSkipped: imports.skipped, Archive: meetingArchive(path),
		KeepSetup: keepSetup(path)}
	// A setup kept from a screen closed before its meeting started comes
	// back, as resume gives it, rather than being written over unread.
	opt.SetupDraft = draftUnderFlags(fs, setupDraftBack(path, stderr))
	return runMeeting(opt, f, true, stderr)
}

func cmdResume(args []string, stderr io.Writer) int {
	fs := newFlagSet("resume", stderr, "resume FILE [--rules FILE] [--agenda FILE]")
	agendaFile := pathFlag(fs, "agenda", "for a session whose meeting never started: the agenda `FILE` its setup starts on")
	file, rules, ok := fileWithRules(fs, args, stderr)
	if !ok {
		return exitError
	}
	if markdownName(file) && regularFile(file) {
		// An export is what people keep in git, so the file they name;
		// read as a session it failed with a YAML parser's words. (A
		// pipe or a folder so named is refused as one, below.)
		hint := "name the meeting's .debrief.yaml instead"
		if sp := sessionBeside(file); sp != "" {
			hint = "resume " + quoteArg(sp)
		}
		replay := ""
		if _, _, err := loadEvents(file); err == nil {
			// A published export keeps no meeting record: replay would
			// refuse it, so it is offered only when it would work.
			replay = fmt.Sprintf(" (debrief replay %s plays this one back)", quoteArg(file))
		}
		return fail(stderr, fmt.Errorf("%s: an exported postmortem; a meeting goes on in its session file: %s%s",
			safeText(file), safeText(hint), replay))
	}
	// Checked before the session is opened (and perhaps repaired), so a
	// refused --agenda changes nothing.
	ag := agenda.Default()
	if *agendaFile != "" {
		var err error
		if ag, err = agenda.Load(*agendaFile); err != nil {
			return fail(stderr, err)
		}
		if events, _, err := store.Load(file); err == nil && len(events) > 0 {
			return fail(stderr, fmt.Errorf("--agenda: the meeting in %s has started, and its agenda is in the session file; --agenda is for a session whose meeting never started", file))
		}
	}
	f, events, warnings, err := store.Open(file)
	if err != nil {
		return fail(stderr, err)
	}
	warn(stderr, warnings)
	if len(events) == 0 {
		// Closed on its setup screen: the file exists, so a new meeting
		// would refuse it; its setup starts again here instead.
		fmt.Fprintf(stderr, "debrief: %s: the meeting never started (the session has no events yet); opening its setup again\n", textsafe.Escape(file))
		opt := tui.Options{Agenda: ag, Store: f, Rules: rules, Export: exporter(file, rules), Archive: meetingArchive(file),
			KeepSetup: keepSetup(file)}
		opt.SetupDraft = setupDraftBack(file, stderr)
		return runMeeting(opt, f, false, stderr)
	}
	// Started since: the setup is in the session file now.
	forgetSetup(file, stderr)
	events = servedDraftsBack(f, file, events, time.Now(), stderr)
	opt := tui.Options{Store: f, Events: events, Rules: rules, Export: exporter(file, rules), Archive: meetingArchive(file)}
	return runMeeting(opt, f, false, stderr)
}

// setupFlags are the meeting's setup, agenda and rules, as new and serve
// take them.
type setupFlags struct {
	title, service, severity, date, attendees, agenda, rules *string
}

func addSetupFlags(fs *flag.FlagSet) *setupFlags {
	return &setupFlags{
		title:     fs.String("title", "", "`TEXT`: what failed, in one line"),
		service:   fs.String("service", "", "the `NAME` of the service that failed"),
		severity:  fs.String("severity", "", "severity `SEV-N`, from SEV-1 to SEV-4"),
		date:      fs.String("date", "", "the incident date, `YYYY-MM-DD` (default today, UTC)"),
		attendees: fs.String("attendees", "", "attendees with roles, a `LIST` such as \"Ana:facilitator,Bo:scribe,Cy:ic,Di:owner,Ed\""),
		agenda:    pathFlag(fs, "agenda", "a team's own agenda `FILE` (YAML; see debrief agenda)"),
		rules:     rulesFlag(fs),
	}
}

// parse checks the flags and loads the agenda and rules files they name.
func (sf *setupFlags) parse() (model.Setup, agenda.Agenda, *phrasing.Rules, error) {
	setup := model.Setup{Title: *sf.title, Service: *sf.service, IncidentDate: *sf.date}
	var err error
	if *sf.severity != "" {
		if setup.Severity, err = model.ParseSeverity(*sf.severity); err != nil {
			return setup, agenda.Agenda{}, nil, fmt.Errorf("--%w", err)
		}
	}
	if *sf.date != "" {
		if _, err := time.Parse("2006-01-02", *sf.date); err != nil {
			return setup, agenda.Agenda{}, nil, fmt.Errorf("--date: %q is not a date like 2026-11-19", *sf.date)
		}
	}
	if setup.Attendees, err = model.ParseAttendees(*sf.attendees); err != nil {
		return setup, agenda.Agenda{}, nil, fmt.Errorf("--attendees: %w", err)
	}
	ag := agenda.Default()
	if *sf.agenda != "" {
		if ag, err = agenda.Load(*sf.agenda); err != nil {
			return setup, ag, nil, err
		}
	}
	rules, err := loadRules(*sf.rules)
	return setup, ag, rules, err
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
	path := f.Path()
	if err := finalSave(f, fm.Events(), stderr); err != nil {
		return exitError
	}
	if !fm.Started() && keptSetup(fm, path, stderr) {
		if runErr != nil && !errors.Is(runErr, tea.ErrInterrupted) {
			return fail(stderr, screenErr(runErr))
		}
		return exitOK
	}
	if !fm.Started() {
		forgetSetup(path, stderr)
	}
	if runErr != nil && !errors.Is(runErr, tea.ErrInterrupted) && !fm.Started() {
		if created {
			os.Remove(path)
		}
		return fail(stderr, screenErr(runErr))
	}
	if created && !fm.Started() {
		os.Remove(path)
		fmt.Fprintln(stderr, "debrief: the meeting never started; nothing was saved")
		return exitOK
	}
	if !fm.Started() {
		// A session resumed on its setup screen and closed there again:
		// not created by this run, so it stays, still without events.
		fmt.Fprintf(stderr, "debrief: the meeting never started; %s still has no events (debrief resume %s opens its setup again)\n",
			textsafe.Escape(path), textsafe.Escape(quoteArg(path)))
		return exitOK
	}
	failed := runErr != nil && !errors.Is(runErr, tea.ErrInterrupted)
	if failed {
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
	if failed {
		// The screen could not run (no terminal to read keys from), so
		// the meeting did not go on; a script must not take that for
		// success.
		return exitError
	}
	return exitOK
}

// flushRetries is how often, and how far apart, the final save is tried
// before the events go to a rescue copy: a disk that is full for a moment
// (a log rotated, a build cleaned) gets a chance to take them.
var flushRetries, flushPause = 5, 400 * time.Millisecond

// finalSave ends a meeting's writing, at one keyboard or served: flush
// (asking at a terminal before giving up on the session file), then close.
func finalSave(f *store.File, all []model.Event, stderr io.Writer) error {
	var ask func() bool
	if term.IsTerminal(os.Stdin.Fd()) {
		ask = askAtTerminal(os.Stdin)
	}
	err := flush(f, all, stderr, ask)
	f.Close()
	return err
}

// flush writes the events of the meeting (all of them, from the first;
// those already in the file are skipped) that the session file does not
// hold yet. If the file will not take them (the disk is full, or it was
// deleted, moved or replaced while the meeting ran), it keeps trying a
// while, then writes the whole meeting to a rescue copy where there is
// room and says where. At a terminal it then asks, and tries again each
// time the person presses enter, until the session file takes them or
// they say stop.
func flush(f *store.File, all []model.Event, stderr io.Writer, ask func() bool) error {
	var err error
	for try := 0; try < flushRetries; try++ {
		if err = f.Append(all...); err == nil {
			return nil
		}
		time.Sleep(flushPause)
	}
	path := f.Path()
	unsaved := 0
	for _, ev := range all {
		if ev.Seq > f.LastSeq() {
			unsaved++
		}
	}
	fmt.Fprintf(stderr, "debrief: could not save the last %d events to %s: %s\n", unsaved, textsafe.Escape(path), textsafe.Escape(err.Error()))
	// From the meeting's own log, not the file: the file may be gone, or
	// someone else's by now.
	rescue, rerr := store.Rescue(path, all, store.RescueDirs(path))
	if rerr != nil {
		fmt.Fprintf(stderr, "debrief: and %s\n", textsafe.Escape(rerr.Error()))
		showUnsaved(stderr, path, f.LastSeq(), all)
	} else {
		fmt.Fprintf(stderr, "  Nothing is lost: the whole meeting is in %s\n  resume it:  debrief resume %s\n",
			textsafe.Escape(rescue), quoteArg(rescue))
	}
	// A file changed under the meeting will not take it however often
	// it is asked; room on a full disk can be made.
	for ask != nil && !errors.Is(err, store.ErrChanged) {
		fmt.Fprintf(stderr, "debrief: make room, then press enter to save to %s again (or type q and enter to stop): ", textsafe.Escape(path))
		if !ask() {
			break
		}
		if err = f.Append(all...); err == nil {
			fmt.Fprintf(stderr, "debrief: saved to %s\n", textsafe.Escape(path))
			return nil
		}
		fmt.Fprintf(stderr, "debrief: still not saved: %s\n", textsafe.Escape(err.Error()))
	}
	return err
}

// showUnsaved is the last resort when no file anywhere would take the
// meeting (a file size limit, every disk full): the events the session
// file lacks are printed, one per line as the file holds them, so the
// words are on the screen to be copied, and added to the file's end they
// make it whole. The lines are JSON, whose escapes textsafe's match, so
// nothing in a note acts on the terminal and each line reads back as it
// was.
func showUnsaved(w io.Writer, path string, last int, all []model.Event) {
	var lines []byte
	for _, ev := range all {
		if ev.Seq <= last {
			continue
		}
		var err error
		if lines, err = model.AppendEvent(lines, ev); err != nil {
			return
		}
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(w, "debrief: the unsaved events follow; added at the end of %s once there is room, they make it whole:\n%s",
		textsafe.Escape(path), textsafe.EscapeLines(string(lines)))
}

// askAtTerminal reads a line from the terminal: true to try again, false
// for "q" or when the input ends.
func askAtTerminal(in io.Reader) func() bool {
	r := bufio.NewReader(in)
	return func() bool {
		line, err := r.ReadString('\n')
		return err == nil && strings.TrimSpace(strings.ToLower(line)) != "q"
	}
}

func quoteArg(s string) string {
	if strings.ContainsAny(s, " \t'\"$`\\") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}
