package archive

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// RhymeQuery describes the meeting going on now: what a past postmortem
// must share with it to rhyme.
type RhymeQuery struct {
	Service string
	// Factors are the contributing factors so far (text, or kinds).
	Factors []string
	Trigger string
	// Text is what is being typed in the note box.
	Text string
	// Exclude is the ID of the meeting itself, which must not rhyme with
	// its own export.
	Exclude string
	// Limit is the most rhymes; 0 means 5.
	Limit int
}

// Rhyme is a past postmortem that rhymes with the meeting, why it does,
// and what its team agreed to do about it.
type Rhyme struct {
	Path     string    `json:"path"`
	Title    string    `json:"title"`
	Service  string    `json:"service"`
	Severity string    `json:"severity"`
	Trigger  string    `json:"trigger,omitempty"`
	Incident time.Time `json:"incident,omitzero"`
	// SameService and SameTrigger say what it shares besides words;
	// Shared lists the words it shares with the factors and the text.
	SameService bool     `json:"same_service"`
	SameTrigger bool     `json:"same_trigger"`
	Shared      []string `json:"shared,omitempty"`
	// Factors are its contributing factors; Actions its action items,
	// each with whether it was done.
	Factors []string `json:"factors,omitempty"`
	Actions []Action `json:"actions,omitempty"`
	Score   float64  `json:"score"`

	doc int64
}

// QueryFromState is the rhyme query for a meeting in progress: its
// service, trigger and contributing factors, and the text being typed.
// It is pure, so the meeting screen can build it in Update and run the
// lookup in a tea.Cmd.
func QueryFromState(st *model.State, typing string) RhymeQuery {
	q := RhymeQuery{Service: st.Setup.Service, Trigger: st.Trigger, Text: typing,
		Exclude: st.Created.UTC().Format(time.RFC3339Nano)}
	for _, f := range factors(st) {
		q.Factors = append(q.Factors, f.Text)
		if f.Kind != "" {
			q.Factors = append(q.Factors, f.Kind)
		}
	}
	return q
}

// maxRhymeTerms bounds the words one lookup asks for, so a long meeting
// does not make the lookup slower as it goes.
const maxRhymeTerms = 16

// Rhymes finds past postmortems that share the meeting's service,
// trigger or words of its contributing factors and typed text, best
// first. It reads the index only and is safe to call from a tea.Cmd
// while the meeting goes on; ctx cancels a lookup overtaken by typing.
func (ix *Index) Rhymes(ctx context.Context, q RhymeQuery) ([]Rhyme, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 5
	}
	terms := rhymeTerms(q)
	cands := map[int64]*Rhyme{}
	var order []int64
	get := func(doc int64) *Rhyme {
		r, ok := cands[doc]
		if !ok {
			r = &Rhyme{}
			cands[doc] = r
			order = append(order, doc)
		}
		return r
	}
	if len(terms) > 0 {
		// The rhyme table holds one row per record (rowid = its id): the
		// title, factors with their kinds and whys, and what went poorly.
		rows, err := ix.db.QueryContext(ctx, `SELECT rowid, bm25(rhyme) FROM rhyme
			WHERE rhyme MATCH ? ORDER BY bm25(rhyme) LIMIT 100`, matchAny(terms))
		if err != nil {
			return nil, err
		}
		best := 0.0
		for rows.Next() {
			var doc int64
			var score float64
			if err := rows.Scan(&doc, &score); err != nil {
				rows.Close()
				return nil, err
			}
			r := get(doc)
			r.Score = -score
			best = max(best, r.Score)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for _, r := range cands {
			r.Score /= max(best, 1e-9) // words give up to 1 point
		}
	}
	if q.Service != "" && q.Trigger != "" {
		// The same service hit by the same kind of trigger rhymes even in
		// other words.
		rows, err := ix.db.QueryContext(ctx, `SELECT id FROM docs WHERE hidden = 0 AND service = ? COLLATE NOCASE
			AND trigger = ? ORDER BY incident DESC LIMIT 50`, q.Service, q.Trigger)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var doc int64
			if err := rows.Scan(&doc); err != nil {
				rows.Close()
				return nil, err
			}
			get(doc)
		}
		rows.Close()
	}
	if len(cands) == 0 {
		return nil, nil
	}
	if err := ix.fillRhymes(ctx, cands, order, q); err != nil {
		return nil, err
	}
	out := make([]Rhyme, 0, len(cands))
	for _, doc := range order {
		if r := cands[doc]; r.Path != "" {
			out = append(out, *r)
		}
	}
	slices.SortStableFunc(out, func(a, b Rhyme) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return b.Incident.Compare(a.Incident) // the newer first
	})
	out = out[:min(limit, len(out))]
	for i := range out {
		if err := ix.details(ctx, &out[i], terms); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// fillRhymes reads each candidate's fields, drops the hidden and the
// meeting itself, and adds what is shared besides words to the score.
func (ix *Index) fillRhymes(ctx context.Context, cands map[int64]*Rhyme, order []int64, q RhymeQuery) error {
	stmt, err := ix.db.PrepareContext(ctx, `SELECT path, title, service, severity, trigger, incident, ident, hidden FROM docs WHERE id = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, doc := range order {
		r := cands[doc]
		var incident sql.NullInt64
		var ident string
		var hidden bool
		if err := stmt.QueryRowContext(ctx, doc).Scan(&r.Path, &r.Title, &r.Service, &r.Severity, &r.Trigger,
			&incident, &ident, &hidden); err != nil {
			return err
		}
		if hidden || (q.Exclude != "" && ident == q.Exclude) {
			r.Path = ""
			continue
		}
		if incident.Valid {
			r.Incident = time.Unix(incident.Int64, 0).UTC()
		}
		r.SameService = q.Service != "" && strings.EqualFold(r.Service, q.Service)
		r.SameTrigger = q.Trigger != "" && r.Trigger == q.Trigger
		if r.SameService {
			r.Score += 0.5
		}
		if r.SameTrigger {
			r.Score += 0.3
		}
		r.doc = doc
	}
	return nil
}

// details reads a rhyme's factors and action items, and which of the
// query's words its title and factors share.
func (ix *Index) details(ctx context.Context, r *Rhyme, terms []string) error {
	doc := r.doc
	rows, err := ix.db.QueryContext(ctx, `SELECT text, kind, whys FROM factors WHERE doc = ? ORDER BY rowid`, doc)
	if err != nil {
		return err
	}
	words := []string{strings.ToLower(r.Title)}
	for rows.Next() {
		var f, kind, whys string
		if err := rows.Scan(&f, &kind, &whys); err != nil {
			rows.Close()
			return err
		}
		r.Factors = append(r.Factors, f)
		words = append(words, strings.ToLower(f+" "+kind+" "+whys))
	}
	rows.Close()
	all := strings.Join(words, " ")
	for _, t := range terms {
		if strings.Contains(all, stemPrefix(t)) {
			r.Shared = append(r.Shared, t)
		}
	}
	r.Actions, err = ix.actionsOf(ctx, doc)
	return err
}

func (ix *Index) actionsOf(ctx context.Context, doc int64) ([]Action, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT `+actionColumns+` FROM actions WHERE doc = ? ORDER BY n`, doc)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Action
	for rows.Next() {
		a, err := scanAction(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// rhymeTerms are the distinct content words of the factors and the typed
// text, the typed text first (it is what the room is talking about now),
// at most maxRhymeTerms of them.
func rhymeTerms(q RhymeQuery) []string {
	var out []string
	add := func(s string) {
		for _, t := range Terms(s) {
			if len(out) == maxRhymeTerms {
				return
			}
			if len([]rune(t)) < 3 || stopword[t] || strings.Contains(t, " ") || slices.Contains(out, t) {
				continue
			}
			out = append(out, t)
		}
	}
	add(q.Text)
	for _, f := range q.Factors {
		add(f)
	}
	return out
}

// stopword holds the words too common in postmortems to make two rhyme.
var stopword = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for was were with that this from into onto over under after before
		than then when what which while who why how not but are our its their them they there here have has had
		been being all any each every some more most less few one two three very just also only about again
		because could would should did does done out off too can may might will shall get got make made
		time times minute minutes hour hours day days week weeks service services system systems team teams
		incident incidents issue issues problem problems error errors people new old first last next`) {
		m[w] = true
	}
	return m
}()

// rhymeText is what a rhyme is looked for in: what happened and why (the
// title, the factors with their kinds and whys, what went poorly), not
// the timeline's clock lines or the meeting's logistics.
func rhymeText(r *Record) string {
	parts := []string{r.Title, r.Trigger}
	for _, f := range r.Factors {
		parts = append(parts, f.Text, f.Kind)
		parts = append(parts, f.Whys...)
	}
	for _, s := range r.Sections {
		if s.Name == "Lessons Learned › What went poorly" {
			for _, l := range s.Lines {
				parts = append(parts, l.Text)
			}
		}
	}
	return strings.Join(parts, "\n")
}
