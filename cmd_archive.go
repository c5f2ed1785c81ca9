package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/archive"
	"github.com/debrief-dev/debrief/cliargs"
	"github.com/debrief-dev/debrief/lint"
)

func cmdArchive(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("archive", stderr, `archive [DIR...]

Indexes every debrief export and session file under each DIR (default: this
git repository's top level; outside git, name the folder once: debrief
archive .) in DIR/.debrief/index.sqlite, a cache that search, stats and
actions read and bring up to date. Files it skipped are listed as
FILE:LINE: why. Add .debrief/ to your .gitignore.`)
	dirs, err := cliargs.Parse(fs, args)
	if err != nil {
		return exitError
	}
	if len(dirs) == 0 {
		dirs = []string{""}
	}
	for _, dir := range dirs {
		start := time.Now()
		ix, rep, err := openArchive("archive", dir)
		if err != nil {
			return fail(stderr, err)
		}
		ix.Close()
		fmt.Fprintf(stdout, "%s: %s indexed (%s read, %d unchanged, %d removed) in %s\n",
			lint.Escape(ix.Top()), plural(rep.Postmortems, "postmortem"), plural(rep.Read, "file"), rep.Unchanged, rep.Removed,
			time.Since(start).Round(time.Millisecond))
		if filepath.Dir(ix.Path()) == filepath.Join(ix.Top(), archive.IndexDir) {
			fmt.Fprintf(stdout, "index: %s (a cache of the files; add %s/ to .gitignore)\n",
				lint.Escape(ix.Path()), archive.IndexDir)
		} else {
			// The folder could not be written: the index is in the cache
			// folder, and nothing was added beside the files.
			fmt.Fprintf(stdout, "index: %s (a cache of the files, kept outside the folder, which cannot be written to)\n",
				lint.Escape(ix.Path()))
		}
		said := 0
		for _, p := range rep.Problems {
			if p.NotStarted {
				// Not a fault: the meeting was closed on its setup screen.
				fmt.Fprintf(stderr, "debrief: %s (debrief resume %s starts its setup again)\n",
					lint.Escape(p.Error()), shown(ix.Top(), p.File))
				continue
			}
			fmt.Fprintf(stderr, "debrief: warning: %s\n", lint.Escape(p.Error()))
			if p.Foreign {
				said++
			}
		}
		// Files that are not debrief's are listed once, when first seen
		// or changed; a count keeps them from being forgotten.
		if n := rep.Foreign - said; n > 0 {
			fmt.Fprintf(stdout, "not postmortems: %s, left out (named when first seen or changed)\n", plural(n, "file"))
		}
	}
	return exitOK
}

// openArchiveFor opens and updates the archive a reading command (cmd:
// search, stats or actions) works on, and says on stderr what it left
// out; the caller closes it.
func openArchiveFor(cmd, dir string, stderr io.Writer) (*archive.Index, error) {
	ix, rep, err := openArchive(cmd, dir)
	if err != nil {
		return nil, err
	}
	skippedNote(stderr, rep)
	return ix, nil
}

// openArchive opens and updates the index of the archive at dir (the
// current git repository's top level, or the current folder once it has
// an index, when dir is ""). cmd is the command asking, whose way of
// naming a folder the error messages give.
func openArchive(cmd, dir string) (*archive.Index, archive.Report, error) {
	name := "debrief archive DIR, or debrief " + cmd + " DIR"
	switch cmd {
	case "archive":
		name = "debrief archive DIR"
	case "search":
		name = "debrief archive DIR, or --dir DIR"
	}
	if dir == "" {
		top, err := archive.Top()
		if err != nil {
			return nil, archive.Report{}, err
		}
		// Outside git the folder is the archive only once someone has
		// named it (debrief archive DIR made its index): walking whatever
		// folder a command happens to run in (a home folder, /tmp) would
		// take long and index files that are not postmortems.
		// A home folder kept in git (dotfiles) or the root is not an
		// archive either.
		if home, _ := os.UserHomeDir(); top == home || top == filepath.Dir(top) {
			return nil, archive.Report{}, fmt.Errorf("%s is not a folder of postmortems; name the archive's folder (%s)", lint.Escape(top), name)
		}
		if !inGit(top) {
			if _, err := os.Stat(archive.IndexPath(top)); err != nil {
				return nil, archive.Report{}, fmt.Errorf("%s is not in a git repository and has no archive yet; name the archive's folder once (%s)", lint.Escape(top), name)
			}
		}
		dir = top
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	ix, err := archive.Open(dir)
	if err != nil {
		return nil, archive.Report{}, err
	}
	rep, err := ix.Update()
	if err != nil {
		ix.Close()
		return nil, rep, err
	}
	return ix, rep, nil
}

// skippedNote tells a search, stats or actions user that some files were
// left out: the broken ones and the sessions whose meeting never started
// as counts (debrief archive names them on every run), the foreign ones
// by name, since this is the one time they are said.
func skippedNote(stderr io.Writer, rep archive.Report) {
	broken, notStarted := 0, 0
	for _, p := range rep.Problems {
		switch {
		case p.NotStarted:
			notStarted++
		case !p.Foreign:
			broken++
		default:
			fmt.Fprintf(stderr, "debrief: warning: %s\n", lint.Escape(p.Error()))
		}
	}
	if broken > 0 {
		fmt.Fprintf(stderr, "debrief: %s skipped as broken (debrief archive lists them)\n", plural(broken, "file"))
	}
	switch {
	case notStarted == 1:
		fmt.Fprintln(stderr, "debrief: 1 session file left out: its meeting never started, so it has nothing to show yet (debrief archive names it)")
	case notStarted > 1:
		fmt.Fprintf(stderr, "debrief: %d session files left out: their meetings never started, so they have nothing to show yet (debrief archive names them)\n", notStarted)
	}
}

// shown is how a path in the archive is printed: relative to the current
// folder when the archive is under it, so it can be opened as printed.
func shown(top, rel string) string {
	p := filepath.Join(top, filepath.FromSlash(rel))
	if wd, err := os.Getwd(); err == nil {
		if r, err := filepath.Rel(wd, p); err == nil && !strings.HasPrefix(r, "..") {
			return lint.Escape(r)
		}
	}
	return lint.Escape(p)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// inGit reports whether dir is inside a git work tree.
func inGit(dir string) bool {
	out, err := exec.Command("git", "-C", dir, "rev-parse", "--is-inside-work-tree").Output()
	return err == nil && strings.TrimSpace(string(out)) == "true"
}
