package model

// DraftView is the imported rows as the review screen lists them: in time
// order, all of them or one source's. It is built once per change of
// order (see State.DraftGen), not per keystroke; row status is read live,
// so keeping or dropping needs no rebuild. Jumping to the next pending row
// skips decided rows through pointers that are shortened as they are
// followed, so a jump costs about the same with ten rows or ten thousand.
type DraftView struct {
	gen    int
	source string
	rows   []*ImportedDraft
	// next[i] is a position at or before the first pending row at or
	// after i; len(rows) stands for "none".
	next []int
}

// NewDraftView lists the drafts of source ("" for every source).
func NewDraftView(s *State, source string) *DraftView {
	v := &DraftView{gen: s.DraftGen(), source: source}
	for _, d := range s.Drafts() {
		if source == "" || d.Source == source {
			v.rows = append(v.rows, d)
		}
	}
	v.next = make([]int, len(v.rows)+1)
	for i := range v.next {
		v.next[i] = i
	}
	return v
}

// Stale reports whether the drafts changed order since the view was built.
func (v *DraftView) Stale(s *State) bool { return v.gen != s.DraftGen() }

// Source is the source the view shows, "" for all.
func (v *DraftView) Source() string { return v.source }

// Len is the number of rows in the view.
func (v *DraftView) Len() int { return len(v.rows) }

// Row returns the row at position i.
func (v *DraftView) Row(i int) *ImportedDraft { return v.rows[i] }

// Index is the position of draft id in the view, or -1.
func (v *DraftView) Index(id int) int {
	for i, d := range v.rows {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// NextPending is the position of the first pending row after position
// after (-1 searches from the top); ok is false when none is left below.
func (v *DraftView) NextPending(after int) (int, bool) {
	i := v.find(max(after+1, 0))
	return i, i < len(v.rows)
}

// find follows the skip pointers from i to a pending row (or the end),
// pointing every row it passed at the answer.
func (v *DraftView) find(i int) int {
	if i >= len(v.rows) {
		return len(v.rows)
	}
	root := i
	for root < len(v.rows) {
		if v.next[root] != root {
			root = v.next[root]
			continue
		}
		if v.rows[root].Status == DraftPending {
			break
		}
		// Decided rows stay decided until a restore, which changes the
		// generation and so the view: skipping them for good is safe.
		v.next[root] = root + 1
		root++
	}
	for i < root {
		i, v.next[i] = v.next[i], root
	}
	return root
}

// IDs lists the ids of the rows from position from to position to, both
// included and in either order, for keeping or dropping a selection.
func (v *DraftView) IDs(from, to int) []int {
	if from > to {
		from, to = to, from
	}
	from, to = max(from, 0), min(to, len(v.rows)-1)
	var out []int
	for i := from; i <= to; i++ {
		out = append(out, v.rows[i].ID)
	}
	return out
}
