package main

import (
	"encoding/json"
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

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/cliargs"
	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/lint"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/picker"
	"github.com/debrief-dev/debrief/store"
)

func cmdSearch(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("search", stderr, `search QUERY [--service S] [--severity X] [--since DATE] [--factor WORDS] [--format text|json] [--dir DIR] [--limit N]

Searches the archive (see debrief archive): ranked results as FILE:LINE, with
the matching line and its section; on a terminal, a picker. Exit status: 0
results, 1 nothing matches, 2 error.
`)
	service := fs.String("service", "", "only postmortems of service `S`")
	severity := fs.String("severity", "", "only severity `X` (SEV-2, or a list: 1,2)")
	since := fs.String("since", "", "only incidents on or after `DATE` (YYYY-MM-DD)")
	factor := fs.String("factor", "", "only postmortems whose contributing factors have these `WORDS`")
	format := fs.String("format", "text", "`FORMAT`: text or json")
	limit := fs.Int("limit", 20, "at most `N` results")
	dir := pathFlag(fs, "dir", "the archive's folder, `DIR` (default: this git repository's top level)")
	words, err := cliargs.Parse(fs, args)
	if err != nil {
		return exitError
	}
	q := archive.Query{Text: strings.Join(words, " "), Service: *service, Factor: *factor, Limit: *limit}
	if len(archive.Terms(q.Text)) == 0 {
		fs.Usage()
		return exitError
	}
	if *format != "text" && *format != "json" {
		return fail(stderr, fmt.Errorf("--format %q: want text or json", *format))
	}
	if *severity != "" {
		for _, s := range strings.Split(*severity, ",") {
			sev, err := model.ParseSeverity(s)
			if err != nil {
				return fail(stderr, fmt.Errorf("--%w", err))
			}
			q.Severities = append(q.Severities, string(sev))
		}
	}
	if *since != "" {
		t, err := time.Parse(time.DateOnly, *since)
		if err != nil {
			return fail(stderr, fmt.Errorf("--since %q: want a date, YYYY-MM-DD", *since))
		}
		q.Since = t
	}
	ix, err := openArchiveFor("search", *dir, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	defer ix.Close()
	hits, err := ix.Search(q)
	if err != nil {
		return fail(stderr, err)
	}
	for i := range hits {
		hits[i].Path = shown(ix.Top(), hits[i].Path)
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if hits == nil {
			hits = []archive.Hit{}
		}
		enc.Encode(map[string]any{"query": q.Text, "results": hits})
	} else if len(hits) > 0 && isTerminal(stdout) && term.IsTerminal(os.Stdin.Fd()) {
		return pick(hits, q.Text, stderr)
	} else {
		writeHits(stdout, hits)
	}
	if len(hits) == 0 {
		// Name the filters too: without them a reader takes "no match"
		// for the words alone and searches no further.
		var within []string
		fs.Visit(func(fl *flag.Flag) {
			if fl.Name == "service" || fl.Name == "severity" || fl.Name == "since" || fl.Name == "factor" {
				within = append(within, "--"+fl.Name+" "+fl.Value.String())
			}
		})
		also := ""
		if len(within) > 0 {
			also = " with " + strings.Join(within, ", ")
		}
		fmt.Fprintf(stderr, "debrief: no postmortem matches %q%s\n", q.Text, lint.Escape(also))
		return exitFindings
	}
	return exitOK
}

// writeHits prints results as text: the place to open (FILE:LINE), what
// the postmortem is, and the matching line under its section.
func writeHits(w io.Writer, hits []archive.Hit) {
	for i, h := range hits {
		if i > 0 {
			fmt.Fprintln(w)
		}
		place := hitPlace(h)
		if h.Kind == archive.KindSession {
			place = fmt.Sprintf("%s (session file; line %d of its export)", h.Path, h.Line)
		}
		fmt.Fprintf(w, "%s\n  %s\n  %s: %s\n", place, heading(h), lint.Escape(h.Section), lint.Escape(h.Text))
	}
}

// hitPlace is the place to open a result, FILE:LINE, short enough to lead
// a picker line. A session file's line is in the postmortem it exports,
// which is what the picker's preview shows. The path is already safe to
// print.
func hitPlace(h archive.Hit) string {
	if h.Kind == archive.KindSession {
		return fmt.Sprintf("%s (export line %d)", h.Path, h.Line)
	}
	return fmt.Sprintf("%s:%d", h.Path, h.Line)
}

// heading is a result's one-line description, safe to print.
func heading(h archive.Hit) string {
	date := ""
	if !h.Incident.IsZero() {
		date = " · " + h.Incident.Format(time.DateOnly)
	}
	return lint.Escape(fmt.Sprintf("[%s] %s: %s%s", orDash(h.Severity), orDash(h.Service), h.Title, date))
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// pick shows the results in the picker; the person may leave it to
// replay the chosen postmortem, and comes back to the list, on the same
// result, when the replay ends: q in the replay quits the replay, as its
// help says, not the search.
func pick(hits []archive.Hit, query string, stderr io.Writer) int {
	run := func(m picker.Model) (picker.Model, error) {
		final, err := tea.NewProgram(m).Run()
		fm, _ := final.(picker.Model)
		return fm, err
	}
	replay := func(path string, w io.Writer) int { return cmdReplay([]string{path}, w) }
	return pickLoop(hits, query, os.Getenv("NO_COLOR") != "", run, replay, stderr)
}

// pickLoop runs the picker, and each replay chosen in it, until the person
// quits the picker. A replay's messages (a torn file, no meeting record)
// would vanish under the picker's screen, so they head the list instead,
// and are written to stderr as well once the picker is gone.
func pickLoop(hits []archive.Hit, query string, plain bool, run func(picker.Model) (picker.Model, error), replay func(string, io.Writer) int, stderr io.Writer) int {
	title := lint.Escape(fmt.Sprintf("%s for %q", plural(len(hits), "result"), query))
	items := pickerItems(hits)
	cursor, notice, said := 0, "", ""
	for {
		m := picker.New(items, picker.Options{Title: title, Load: previewMarkdown, Plain: plain, Cursor: cursor, Notice: notice})
		fm, err := run(m)
		if err != nil && !errors.Is(err, tea.ErrInterrupted) {
			return fail(stderr, err)
		}
		action, i := fm.Chosen()
		if err != nil || action != picker.Replay || i < 0 || i >= len(hits) {
			io.WriteString(stderr, said)
			return exitOK
		}
		var msgs strings.Builder
		code := replay(hits[i].Path, &msgs)
		said += msgs.String()
		cursor, notice = i, ""
		if first, _, _ := strings.Cut(strings.TrimSpace(msgs.String()), "\n"); first != "" {
			notice = first
		} else if code != exitOK {
			notice = fmt.Sprintf("debrief: the replay of %s ended with status %d", lint.Escape(hits[i].Path), code)
		}
	}
}

// pickerItems are the results as the picker lists them: what each is,
// where it is (FILE:LINE) and its matching line under its section.
func pickerItems(hits []archive.Hit) []picker.Item {
	items := make([]picker.Item, len(hits))
	for i, h := range hits {
		detail := lint.Escape(h.Section + ": " + h.Text)
		if h.Section == "Title" {
			detail = "" // the heading already says it
		}
		items[i] = picker.Item{Heading: heading(h), Detail: detail, Where: hitPlace(h), Path: h.Path, Line: h.Line}
	}
	return items
}

// previewMarkdown is the postmortem a result shows: the export as it is
// on disk, or what a session file would export.
func previewMarkdown(path string) (string, error) {
	if strings.HasSuffix(strings.ToLower(path), ".md") || strings.HasSuffix(strings.ToLower(path), ".markdown") {
		// Bounded like every read of a meeting: a postmortem in the
		// archive is someone's file, and may be a pipe or huge.
		data, err := store.ReadBounded(filepath.Clean(path))
		if err != nil {
			return "", err
		}
		return string(data), nil
	}
	events, _, err := loadEvents(path)
	if err != nil {
		return "", err
	}
	st, err := model.Fold(events)
	if err != nil {
		return "", err
	}
	return export.Markdown(st, events, export.Options{}), nil
}

// isTerminal reports whether w is a terminal, for choosing between the
// picker and plain output.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}
