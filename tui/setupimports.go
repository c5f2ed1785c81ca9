package tui

import (
	"fmt"
	"strings"

	"github.com/debrief-dev/debrief/importer"
	"github.com/debrief-dev/debrief/model"
)

// importNote is what the setup screen says of an import before the
// meeting starts: how many rows become drafts, from which sources, and
// what was skipped (a repeated row, what the importer left out, a file
// that gave none).
type importNote struct {
	drafts  int
	sources []string
	skipped []string
}

// newImportNote counts the rows that will be recorded as drafts; nil
// when nothing was given to import.
func newImportNote(rows []model.DraftRow, empty []string, left importer.Skipped) *importNote {
	if len(rows) == 0 && len(empty) == 0 && left.Total() == 0 {
		return nil
	}
	// The events the meeting's start records: a row repeated in the same
	// source is recorded once.
	evs := model.ImportDrafts(model.New(), rows)
	n := &importNote{drafts: len(evs)}
	count := map[string]int{}
	var order []string
	for _, ev := range evs {
		if count[ev.Source] == 0 {
			order = append(order, ev.Source)
		}
		count[ev.Source]++
	}
	for _, s := range order {
		n.sources = append(n.sources, fmt.Sprintf("%d from %s", count[s], shortSource(s)))
	}
	if rep := len(rows) - n.drafts; rep > 0 {
		n.skipped = append(n.skipped, fmt.Sprintf("%d repeated %s", rep, plural(rep, "row", "rows")))
	}
	if left.Total() > 0 {
		// What the importer itself left out: read, and not timeline.
		n.skipped = append(n.skipped, fmt.Sprintf("%d %s the import left out (%s)", left.Total(),
			plural(left.Total(), "row", "rows"), inert(left.String())))
	}
	for _, e := range empty {
		n.skipped = append(n.skipped, inert(e))
	}
	return n
}

// lines are the note wrapped at words to width.
func (n *importNote) lines(st Styles, width int) []string {
	if n == nil {
		return nil
	}
	head := fmt.Sprintf("Imported: %d %s become drafts when the meeting starts", n.drafts, plural(n.drafts, "row", "rows"))
	if len(n.sources) > 0 {
		head += " (" + strings.Join(n.sources, ", ") + ")"
	}
	head += ", reviewed in the timeline phase."
	var out []string
	for _, l := range wrapText(head, width) {
		out = append(out, st.Muted.Render(l))
	}
	for _, s := range n.skipped {
		for _, l := range wrapText("Skipped: "+s+".", width) {
			out = append(out, st.Warn.Render(l))
		}
	}
	return out
}
