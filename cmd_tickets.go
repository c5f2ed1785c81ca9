package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"

	"github.com/debrief-dev/debrief/importer"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/tickets"
)

// safeText shows text from notes or other people's files on a terminal
// with its control characters escaped.
func safeText(s string) string { return importer.Visible(s) }

type ticketFlags struct {
	to, out, link, repo string
	labels              listFlag
	run, again, force   bool
}

func cmdTickets(args []string, stdout, stderr io.Writer) int {
	fset := newFlagSet("tickets", stderr, "tickets FILE --to jira-csv|github|linear-csv [-o OUT] [--force] [--link URL] [--repo OWNER/NAME] [--label L] [--run] [--again]")
	var f ticketFlags
	fset.StringVar(&f.to, "to", "", "the `TRACKER`: "+strings.Join(tickets.Targets, ", "))
	fset.Var(pathValue{&f.out}, "o", "write to `OUT` instead of stdout (never over a file that exists, unless --force)")
	fset.BoolVar(&f.force, "force", false, "replace the -o file if it exists")
	fset.StringVar(&f.link, "link", "", "the `URL` where the postmortem can be read, for the ticket text (default: the exported .md beside FILE)")
	fset.StringVar(&f.repo, "repo", "", "github: the repository, `OWNER/NAME` (default: the one gh finds here)")
	fset.Var(&f.labels, "label", "github: a label `L` for every issue (repeatable; it must exist in the repository)")
	fset.BoolVar(&f.run, "run", false, "github: run gh now and record each issue's URL in the session")
	fset.BoolVar(&f.again, "again", false, "include items already written for this tracker's import (not those with a ticket)")
	file, ok := oneFile(fset, args)
	if !ok {
		return exitError
	}
	switch {
	case f.to == "":
		return fail(stderr, fmt.Errorf("which tracker? give --to %s", strings.Join(tickets.Targets, ", --to ")))
	case !slices.Contains(tickets.Targets, f.to):
		return fail(stderr, fmt.Errorf("--to %q: want %s", safeText(f.to), strings.Join(tickets.Targets, ", ")))
	case f.run && f.to != tickets.TargetGitHub:
		return fail(stderr, errors.New("--run opens issues with gh: use it with --to github"))
	case f.run && f.out != "":
		return fail(stderr, errors.New("--run opens the issues itself: leave out -o"))
	}
	isSession := !strings.HasSuffix(strings.ToLower(file), ".md")
	// Anything that records in the session takes its lock first, so it
	// refuses a session open in a running meeting before doing anything.
	var rec *recorder
	if f.run || (f.out != "" && f.to != tickets.TargetGitHub && isSession) {
		if !isSession {
			return fail(stderr, fmt.Errorf("%s: --run records in the session file; give the .debrief.yaml, not the export", file))
		}
		var err error
		if rec, err = openRecorder(file); err != nil {
			return fail(stderr, err)
		}
		defer rec.close()
	}
	st := (*model.State)(nil)
	if rec != nil {
		st = rec.state
	} else {
		events, warnings, err := loadEvents(file)
		if err != nil {
			return fail(stderr, err)
		}
		warn(stderr, warnings)
		if st, err = model.Fold(events); err != nil {
			return fail(stderr, fmt.Errorf("%s: %w", file, err))
		}
	}
	ctx := tickets.Context{Link: f.link, Title: st.Setup.Title, Severity: st.Setup.Severity}
	if ctx.Link == "" {
		ctx.Link = file
		if isSession {
			ctx.Link = markdownPath(file)
		}
	}
	items := tickets.Items(st)
	todo, skipped := tickets.ToCreate(items, f.to, f.again)
	reportSkipped(stderr, items, skipped, f.to)
	if len(todo) == 0 {
		fmt.Fprintln(stderr, "debrief: no action item needs a ticket; nothing written")
		return exitOK
	}
	gh := tickets.GitHubOptions{Repo: f.repo, Labels: f.labels}
	if f.run {
		return runGH(rec, todo, ctx, gh, stdout, stderr)
	}
	var data []byte
	switch f.to {
	case tickets.TargetJira:
		data = tickets.JiraCSV(todo, ctx)
	case tickets.TargetLinear:
		data = tickets.LinearCSV(todo, ctx)
	default:
		data = tickets.GitHubScript(todo, ctx, gh)
	}
	if f.out == "" {
		stdout.Write(data)
		return exitOK
	}
	// A CSV has no comment to mark it as debrief's, so one already there
	// is replaced only with --force; the gh script is sealed like an
	// export and replaced freely until someone edits it.
	format, opt := store.Plain, store.ReplaceOptions{Force: f.force, Protect: []string{file}}
	if f.to == tickets.TargetGitHub {
		format, opt.Mode = store.YAML, 0o700
	}
	if _, err := store.WriteExport(f.out, data, format, opt); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stderr, "wrote %s to %s\n", plural(len(todo), "action item"), f.out)
	if !isSession && f.to != tickets.TargetGitHub {
		fmt.Fprintf(stderr, "debrief: %s is an export, so nothing was recorded: give the session file to have a re-run skip these items\n", file)
	}
	if rec != nil {
		evs := make([]model.Event, len(todo))
		for i, it := range todo {
			evs[i] = model.Event{Kind: model.TicketExported, Note: it.Note, Field: f.to, Value: f.out}
		}
		if err := rec.record(evs...); err != nil {
			return fail(stderr, err)
		}
	}
	return exitOK
}

// reportSkipped says which items were left out and why: those with a
// ticket always, those written for this tracker before unless --again.
func reportSkipped(w io.Writer, items []tickets.Item, skipped int, to string) {
	withTicket := 0
	for _, it := range items {
		if it.Ticket != "" {
			withTicket++
		}
	}
	if withTicket > 0 {
		fmt.Fprintf(w, "debrief: skipped %s with a ticket already\n", plural(withTicket, "action item"))
	}
	if written := skipped - withTicket; written > 0 {
		fmt.Fprintf(w, "debrief: skipped %s written for %s before (--again includes them)\n", plural(written, "action item"), to)
	}
}

// runGH opens one issue per item with gh, recording each URL in the session
// as soon as gh prints it, so a failure half-way loses nothing and a re-run
// opens only the rest.
func runGH(rec *recorder, todo []tickets.Item, ctx tickets.Context, opt tickets.GitHubOptions, stdout, stderr io.Writer) int {
	gh, err := exec.LookPath("gh")
	if err != nil {
		return fail(stderr, errors.New("--run needs the GitHub CLI, gh, on PATH (https://cli.github.com); or write the script with -o and run it yourself"))
	}
	var out bytes.Buffer
	auth := exec.Command(gh, "auth", "status")
	auth.Stdout, auth.Stderr = &out, &out
	if err := auth.Run(); err != nil {
		return fail(stderr, fmt.Errorf("gh is not logged in (gh auth status: %s); run gh auth login first", safeText(strings.TrimSpace(lastLine(out.String())))))
	}
	for _, it := range todo {
		var so, se bytes.Buffer
		cmd := exec.Command(gh, tickets.GitHubArgs(it, ctx, opt)...)
		cmd.Stdout, cmd.Stderr = &so, &se
		if err := cmd.Run(); err != nil {
			return fail(stderr, fmt.Errorf("gh issue create for %s failed: %s", it.ID, safeText(strings.TrimSpace(lastLine(se.String())))))
		}
		url := strings.TrimSpace(lastLine(so.String()))
		if !strings.HasPrefix(url, "https://") && !strings.HasPrefix(url, "http://") {
			return fail(stderr, fmt.Errorf("gh issue create for %s printed no issue URL: %q", it.ID, safeText(url)))
		}
		if err := rec.record(model.Event{Kind: model.TicketLinked, Note: it.Note, Field: tickets.TargetGitHub, Value: url}); err != nil {
			return fail(stderr, err)
		}
		fmt.Fprintf(stdout, "%s %s\n", it.ID, safeText(url))
	}
	return exitOK
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
