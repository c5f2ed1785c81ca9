package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/cliargs"
	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/tickets"
)

const actionsUsage = `usage:
  debrief actions [DIR] [--owner X] [--service S] [--overdue] [--format text|json]
                                    list the open action items across the archive at DIR
                                    (default: this git repository), by owner and due date;
                                    exit 1 when one is overdue
  debrief actions done FILE ID      mark an action item done (ID: PM-YYYY-DDD-NNN or its number)
  debrief actions reopen FILE ID    mark it open again
  debrief actions sync FILE --from jira-csv EXPORT
                                    read ticket states back from a Jira CSV export
`

// cmdActions follows action items up after the meeting: without a
// subcommand it lists the open ones across the archive; each subcommand
// records what it learns in the session file, so the postmortem and the
// archive know which items are closed.
func cmdActions(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return actionsList(args, time.Now(), stdout, stderr)
	}
	switch sub, rest := args[0], args[1:]; sub {
	case "done":
		return actionsSetStatus(rest, model.StatusDone, stdout, stderr)
	case "reopen":
		return actionsSetStatus(rest, model.StatusOpen, stdout, stderr)
	case "sync":
		return actionsSync(rest, stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, actionsUsage)
		fmt.Fprintln(stdout, "\nthe listing's flags:")
		fs, _ := listFlags(stdout)
		cliargs.PrintDefaults(fs)
		return exitOK
	default:
		return actionsList(args, time.Now(), stdout, stderr)
	}
}

func actionsSetStatus(args []string, status string, stdout, stderr io.Writer) int {
	verb := map[string]string{model.StatusDone: "done", model.StatusOpen: "reopen"}[status]
	fs := newFlagSet("actions "+verb, stderr, "actions "+verb+" FILE ID")
	pos, err := cliargs.Parse(fs, args)
	if err != nil {
		return exitError
	}
	if len(pos) != 2 {
		fs.Usage()
		return exitError
	}
	rec, err := openRecorder(pos[0])
	if err != nil {
		return fail(stderr, err)
	}
	defer rec.close()
	it, err := tickets.Find(tickets.Items(rec.state), pos[1])
	if err != nil {
		return fail(stderr, fmt.Errorf("%s: %w", pos[0], err))
	}
	if it.Tracking.Status == status {
		fmt.Fprintf(stdout, "%s is already %s; nothing recorded\n", it.ID, status)
		return exitOK
	}
	ev := model.Event{Kind: model.ActionStatusSet, Note: it.Note, Value: status, Text: "debrief actions " + verb}
	if err := rec.record(ev); err != nil {
		return fail(stderr, err)
	}
	fmt.Fprintf(stdout, "%s is %s: %s\n", it.ID, status, safeText(it.What))
	return exitOK
}

func actionsSync(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("actions sync", stderr, "actions sync FILE --from jira-csv EXPORT")
	from := fs.String("from", "", "the tracker export's `FORMAT`: jira-csv")
	pos, err := cliargs.Parse(fs, args)
	if err != nil {
		return exitError
	}
	if len(pos) != 2 || *from == "" {
		fs.Usage()
		return exitError
	}
	if *from != tickets.TargetJira {
		return fail(stderr, fmt.Errorf("--from %q: debrief reads jira-csv", safeText(*from)))
	}
	data, err := readBounded(pos[1], 64<<20)
	if err != nil {
		return fail(stderr, err)
	}
	states, err := tickets.ReadJiraExport(pos[1], data)
	if err != nil {
		return fail(stderr, err)
	}
	rec, err := openRecorder(pos[0])
	if err != nil {
		return fail(stderr, err)
	}
	defer rec.close()
	events, notes := tickets.Sync(tickets.Items(rec.state), states, "jira")
	if err := rec.record(events...); err != nil {
		return fail(stderr, err)
	}
	for _, n := range notes {
		fmt.Fprintln(stdout, safeText(n))
	}
	if len(events) == 0 {
		fmt.Fprintln(stdout, "every action item already matches its ticket; nothing recorded")
	}
	return exitOK
}

// recorder is a session file opened to add events after the meeting. It
// holds the session's lock, so it refuses a session open in a meeting.
type recorder struct {
	f     *store.File
	state *model.State
	seq   int
}

func openRecorder(path string) (*recorder, error) {
	if lower := strings.ToLower(path); strings.HasSuffix(lower, ".md") || strings.HasSuffix(lower, ".markdown") {
		// An export is what people keep in git and so the file they
		// name; the status is an event of the meeting, kept in its
		// session file, which the export's name usually sits beside.
		hint := "; name that file instead"
		if sp := strings.TrimSuffix(path, filepath.Ext(path)) + ".debrief.yaml"; regularFile(sp) {
			hint = ", here " + sp
		}
		return nil, fmt.Errorf("%s: an exported postmortem; an item's status is recorded in the meeting's session file%s", path, hint)
	}
	f, events, _, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := model.Fold(events)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &recorder{f: f, state: st, seq: f.LastSeq()}, nil
}

// record stamps the events, checks them against the state and writes them.
func (r *recorder) record(events ...model.Event) error {
	if len(events) == 0 {
		return nil
	}
	now := time.Now().UTC()
	for i := range events {
		events[i].Seq, events[i].At = r.seq+i+1, now
		if err := r.state.Apply(events[i]); err != nil {
			return fmt.Errorf("%s: %w", r.f.Path(), err)
		}
	}
	if err := r.f.Append(events...); err != nil {
		return err
	}
	r.seq += len(events)
	return nil
}

func (r *recorder) close() { r.f.Close() }

// readBounded reads a regular file of at most limit bytes.
func readBounded(path string, limit int64) ([]byte, error) {
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("cannot read %s: not a regular file", path)
	case fi.Size() > limit:
		return nil, fmt.Errorf("cannot read %s: larger than %d MiB", path, limit>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, unwrapPath(err))
	}
	return data, nil
}

// regularFile reports whether path names a regular file.
func regularFile(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}
