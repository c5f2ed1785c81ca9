package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/phrasing"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/textsafe"
)

func cmdExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", stderr, "export FILE [-o OUT.md] [--publish] [--authors] [--actions OUT.yaml] [--rules FILE] [--force]")
	out := pathFlag(fs, "o", "write the Markdown postmortem to `OUT.md` (default: stdout)")
	actions := pathFlag(fs, "actions", "also write the action items as YAML for trackers to `OUT.yaml`")
	rulesFile := rulesFlag(fs)
	force := fs.Bool("force", false, "replace an output file debrief did not write, or an export edited since (never a session file)")
	publish := fs.Bool("publish", false, "the form to share beyond the room: no meeting record, flags as counts")
	// Declared false so the usage does not say "(default true)" to
	// someone about to publish: the default depends on --publish.
	authors := fs.Bool("authors", false, "sign each note with who wrote it (the default, except with --publish)")
	file, ok := oneFile(fs, args)
	if !ok {
		return exitError
	}
	if !flagSet(fs, "authors") {
		// Blameless practice: what is shared beyond the room says what
		// was noted, not who noted it, unless asked.
		*authors = !*publish
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
	if len(events) == 0 {
		// A postmortem of nothing ("Untitled incident", met in year 1)
		// would read as a real document; replay and resume refuse too.
		return fail(stderr, fmt.Errorf("%s: the meeting never started; there is nothing to export", file))
	}
	st, err := model.Fold(events)
	if err != nil {
		return fail(stderr, fmt.Errorf("%s: %w", file, err))
	}
	opt := export.Options{Checker: phrasing.NewChecker(rules, st.Setup.Names()), Publish: *publish, Authors: *authors}
	md := export.Markdown(st, events, opt)
	// Both outputs are checked before either is written, so a refused
	// --actions does not leave a half-done export behind.
	replace := store.ReplaceOptions{Force: *force, Protect: []string{file}}
	var y []byte
	if *actions != "" {
		if y, err = export.ActionsYAML(st, opt); err != nil {
			return fail(stderr, err)
		}
	}
	if *out != "" && *actions != "" && sameOutput(*out, *actions) {
		return fail(stderr, fmt.Errorf("not writing %s: -o and --actions name the same file, and the action items would replace the postmortem; give each its own", textsafe.Escape(*actions)))
	}
	for _, o := range []struct {
		path   string
		format store.Format
	}{{*out, store.Markdown}, {*actions, store.YAML}} {
		if o.path == "" {
			continue
		}
		if err := store.CheckExport(o.path, o.format, replace); err != nil {
			return fail(stderr, err)
		}
	}
	if *out == "" {
		io.WriteString(stdout, md)
	} else {
		if err := writeOutput(*out, []byte(md), store.Markdown, replace, stderr); err != nil {
			return fail(stderr, err)
		}
	}
	if *actions != "" {
		if err := writeOutput(*actions, y, store.YAML, replace, stderr); err != nil {
			return fail(stderr, err)
		}
	}
	return exitOK
}

// sameOutput reports whether two output paths name one file: the same
// file once both exist, else the same name once the folders' links are
// followed.
func sameOutput(a, b string) bool {
	if ai, err := os.Stat(a); err == nil {
		if bi, err := os.Stat(b); err == nil {
			return os.SameFile(ai, bi)
		}
	}
	return resolvedName(a) == resolvedName(b)
}

func resolvedName(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

// writeOutput writes one export file and says where it went.
func writeOutput(path string, data []byte, format store.Format, opt store.ReplaceOptions, stderr io.Writer) error {
	wrote, err := store.WriteExport(path, data, format, opt)
	if err != nil {
		return err
	}
	if wrote != path {
		fmt.Fprintf(stderr, "wrote %s (through the link %s)\n", textsafe.Escape(wrote), textsafe.Escape(path))
	} else {
		fmt.Fprintf(stderr, "wrote %s\n", textsafe.Escape(path))
	}
	return nil
}

// loadEvents reads a session file, or the meeting record inside an
// exported postmortem.
func loadEvents(path string) ([]model.Event, []string, error) {
	if strings.HasSuffix(strings.ToLower(path), ".md") || strings.HasSuffix(strings.ToLower(path), ".markdown") {
		data, err := store.ReadBounded(path)
		if err != nil {
			return nil, nil, err
		}
		return export.ParseMarkdown(path, data)
	}
	return store.Load(path)
}

// exporter is what ctrl+o runs in the meeting: the postmortem goes next to
// the session file, and the preview shows it.
func exporter(sessionPath string, rules *phrasing.Rules) func([]model.Event, time.Time) (string, string, error) {
	return func(events []model.Event, now time.Time) (string, string, error) {
		st, err := model.Fold(events)
		if err != nil {
			return "", "", err
		}
		md := export.Markdown(st, events, export.Options{Now: now, Checker: phrasing.NewChecker(rules, st.Setup.Names()), Authors: true})
		out, err := exportBeside(markdownPath(sessionPath), []byte(md), sessionPath)
		if err != nil {
			return "", "", err
		}
		return md, out, nil
	}
}

// exportBeside writes the meeting's postmortem to out, or, when out is a
// file debrief may not replace (someone edited the last export, or wrote
// their own document there), to the first free "NAME-2.md", "NAME-3.md"...
// beside it, so ctrl+o never destroys an edit and never fails for one.
func exportBeside(out string, md []byte, sessionPath string) (string, error) {
	opt := store.ReplaceOptions{Protect: []string{sessionPath}}
	base := strings.TrimSuffix(out, ".md")
	for n := 1; n < 100; n++ {
		p := out
		if n > 1 {
			p = fmt.Sprintf("%s-%d.md", base, n)
		}
		_, err := store.WriteExport(p, md, store.Markdown, opt)
		if errors.Is(err, store.ErrEdited) || errors.Is(err, store.ErrNotExport) || errors.Is(err, store.ErrProtected) {
			continue
		}
		return p, err
	}
	return "", fmt.Errorf("not writing %s: it and the names beside it hold other documents", out)
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

// flagSet reports whether the flag called name was given.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
