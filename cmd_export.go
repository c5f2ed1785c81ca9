package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/google/renameio/v2"

	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
	"github.com/debrief-dev/debrief/store"
)

func cmdExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", stderr, "export FILE [-o OUT.md] [--publish] [--actions OUT.yaml] [--rules FILE] [--force]")
	out := fs.String("o", "", "write the Markdown postmortem here (default: stdout)")
	actions := fs.String("actions", "", "also write the action items as YAML for trackers")
	rulesFile := fs.String("rules", "", "a team's phrasing rules file (YAML), on top of the defaults")
	force := fs.Bool("force", false, "overwrite an output file that is not a debrief export")
	publish := fs.Bool("publish", false, "the form to share beyond the room: no meeting record, flags as counts")
	file, ok := oneFile(fs, args)
	if !ok {
		return exitError
	}
	rules, err := loadRules(*rulesFile)
	if err != nil {
		return fail(stderr, err)
	}
	events, warnings, err := loadEvents(file)
	if err != nil {
		return fail(stderr, err)
	}
	warn(stderr, warnings)
	st, err := model.Fold(events)
	if err != nil {
		return fail(stderr, fmt.Errorf("%s: %w", file, err))
	}
	opt := export.Options{Checker: phrasing.NewChecker(rules, st.Setup.Names()), Publish: *publish}
	md := export.Markdown(st, events, opt)
	if *out == "" {
		io.WriteString(stdout, md)
	} else {
		if err := writeExport(*out, []byte(md), *force); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stderr, "wrote %s\n", *out)
	}
	if *actions != "" {
		y, err := export.ActionsYAML(st, opt)
		if err != nil {
			return fail(stderr, err)
		}
		if err := renameio.WriteFile(*actions, y, 0o600); err != nil {
			return fail(stderr, fmt.Errorf("cannot write %s: %w", *actions, unwrapPath(err)))
		}
		fmt.Fprintf(stderr, "wrote %s\n", *actions)
	}
	return exitOK
}

// loadEvents reads a session file, or the meeting record inside an
// exported postmortem.
func loadEvents(path string) ([]model.Event, []string, error) {
	if strings.HasSuffix(strings.ToLower(path), ".md") || strings.HasSuffix(strings.ToLower(path), ".markdown") {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
		}
		return export.ParseMarkdown(path, data)
	}
	return store.Load(path)
}

// writeExport writes the postmortem atomically. It will replace an earlier
// export but not someone's own document, unless forced.
func writeExport(path string, data []byte, force bool) error {
	old, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
	case !force && !bytes.Contains(old, []byte("debrief session")):
		return fmt.Errorf("%s exists and is not a debrief export; not overwriting it (use --force)", path)
	}
	if err := renameio.WriteFile(path, data, 0o600); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	return nil
}

// exporter is what ctrl+o runs in the meeting: the postmortem goes next to
// the session file, and the preview shows it.
func exporter(sessionPath string, rules *phrasing.Rules) func([]model.Event, time.Time) (string, string, error) {
	return func(events []model.Event, now time.Time) (string, string, error) {
		st, err := model.Fold(events)
		if err != nil {
			return "", "", err
		}
		md := export.Markdown(st, events, export.Options{Now: now, Checker: phrasing.NewChecker(rules, st.Setup.Names())})
		out := markdownPath(sessionPath)
		if err := writeExport(out, []byte(md), false); err != nil {
			return "", "", err
		}
		return md, out, nil
	}
}

// markdownPath is where a session's postmortem goes: beside it, same name.
func markdownPath(sessionPath string) string {
	base := sessionPath
	for _, ext := range []string{".debrief.yaml", ".yaml", ".yml"} {
		if strings.HasSuffix(base, ext) {
			base = strings.TrimSuffix(base, ext)
			break
		}
	}
	return base + ".md"
}

// unwrapPath drops the path from an os error, since messages name it.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
