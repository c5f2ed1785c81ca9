package archive

import (
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Query is a search of the archive: words (all must match; when no
// postmortem has them all, any may), and filters.
type Query struct {
	Text string
	// Service keeps postmortems of this service (any case).
	Service string
	// Severities keeps these severities ("SEV-1"); empty keeps all.
	Severities []string
	// Since keeps incidents on or after this time.
	Since time.Time
	// Factor keeps postmortems whose contributing factors (text or kind)
	// have these words.
	Factor string
	// Limit is the most results; 0 means 20.
	Limit int
}

// Hit is one postmortem found, with the line that matched best.
type Hit struct {
	Path     string    `json:"path"`
	Kind     string    `json:"kind"`
	Title    string    `json:"title"`
	Service  string    `json:"service"`
	Severity string    `json:"severity"`
	Incident time.Time `json:"incident,omitzero"`
	Section  string    `json:"section"`
	// Line is the matching line's number in the file (in the rendered
	// postmortem for a session file), Text the line as plain text.
	Line  int     `json:"line"`
	Text  string  `json:"text"`
	Score float64 `json:"score"`
}

// Search ranks the postmortems matching q, best first, by BM25 on their
// best section; each hit carries its best line.
func (ix *Index) Search(q Query) ([]Hit, error) {
	terms := Terms(q.Text)
	if len(terms) == 0 {
		return nil, fmt.Errorf("nothing to search for in %q", q.Text)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	hits, err := ix.search(matchAll(terms), terms, q, limit)
	if err == nil && len(hits) == 0 && len(terms) > 1 {
		hits, err = ix.search(matchAny(terms), terms, q, limit)
	}
	return hits, err
}

func (ix *Index) search(match string, terms []string, q Query, limit int) ([]Hit, error) {
	where, args := filters(q)
	// Rank sections by rowid alone, so no row is read until it is among
	// the best; a match in the title (place 0) counts double, as it says
	// what the incident was. Without filters the records are checked
	// after ranking, which is cheaper than joining every match.
	query := `SELECT t.rowid, bm25(text) * CASE WHEN t.rowid % 64 = 0 THEN 2.0 ELSE 1.0 END AS score FROM text t`
	if where != "" {
		query += ` JOIN docs d ON d.id = t.rowid / 64 WHERE text MATCH ? AND d.hidden = 0` + where
	} else {
		query += ` WHERE text MATCH ?`
	}
	// Sections are folded to one hit per postmortem; asking for a few
	// times the limit leaves room for several sections each.
	rows, err := ix.db.Query(query+` ORDER BY score LIMIT ?`, append(append([]any{match}, args...), limit*8)...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	type ranked struct {
		rowid int64
		score float64
	}
	var top []ranked
	for rows.Next() {
		var r ranked
		if err := rows.Scan(&r.rowid, &r.score); err != nil {
			rows.Close()
			return nil, err
		}
		top = append(top, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []Hit
	seen := map[int64]bool{}
	for _, r := range top {
		doc := r.rowid / sectionSlots
		if seen[doc] {
			continue
		}
		seen[doc] = true
		h, ok, err := ix.hit(doc, r.rowid, terms)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		h.Score = -r.score // bm25 is lower-is-better; a score reads better up
		out = append(out, h)
		if len(out) == limit {
			break
		}
	}
	return out, nil
}

// hit reads a ranked section and its record; ok is false for a record
// hidden behind another copy of the same meeting.
func (ix *Index) hit(doc, rowid int64, terms []string) (Hit, bool, error) {
	var h Hit
	var body, nums string
	var incident sql.NullInt64
	var hidden bool
	err := ix.db.QueryRow(`SELECT d.path, d.kind, d.title, d.service, d.severity, d.incident, d.hidden,
			t.section, t.body, t.lines
		FROM docs d, text t WHERE d.id = ? AND t.rowid = ?`, doc, rowid).Scan(
		&h.Path, &h.Kind, &h.Title, &h.Service, &h.Severity, &incident, &hidden, &h.Section, &body, &nums)
	if err != nil || hidden {
		return h, false, err
	}
	h.Incident = fromUnix(incident)
	h.Line, h.Text = bestLine(body, nums, terms)
	return h, true, nil
}

// filters turns q's filters into SQL on docs d.
func filters(q Query) (string, []any) {
	var b strings.Builder
	var args []any
	if q.Service != "" {
		b.WriteString(" AND d.service = ? COLLATE NOCASE")
		args = append(args, q.Service)
	}
	if len(q.Severities) > 0 {
		b.WriteString(" AND d.severity IN (" + strings.TrimSuffix(strings.Repeat("?,", len(q.Severities)), ",") + ")")
		for _, s := range q.Severities {
			args = append(args, s)
		}
	}
	if !q.Since.IsZero() {
		b.WriteString(" AND d.incident >= ?")
		args = append(args, q.Since.Unix())
	}
	if f := Terms(q.Factor); len(f) > 0 {
		b.WriteString(" AND d.id IN (SELECT rowid / 64 FROM text WHERE text MATCH ? AND section = 'Contributing Factors')")
		args = append(args, matchAll(f))
	}
	return b.String(), args
}

// Terms splits what a person typed into search terms: words of letters
// and digits, lower-cased, and "quoted phrases" kept whole. FTS5's own
// syntax (AND, NEAR, column filters, *) is not passed through, so any
// text is a valid query.
func Terms(s string) []string {
	var out []string
	for i, part := range strings.Split(s, `"`) {
		words := strings.FieldsFunc(strings.ToLower(part), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		if i%2 == 1 && len(words) > 1 {
			out = append(out, strings.Join(words, " "))
			continue
		}
		out = append(out, words...)
	}
	return out
}

func quote(t string) string { return `"` + t + `"` }

func matchAll(terms []string) string {
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = quote(t)
	}
	return strings.Join(q, " ")
}

func matchAny(terms []string) string {
	q := make([]string, len(terms))
	for i, t := range terms {
		q[i] = quote(t)
	}
	return strings.Join(q, " OR ")
}

// bestLine picks the section line with the most query terms (a term
// matches a word starting with its first letters, close to what the
// stemmer matched) and returns its number in the file.
func bestLine(body, nums string, terms []string) (int, string) {
	lines := strings.Split(body, "\n")
	ns := strings.Fields(nums)
	best, bestN := 0, -1
	for i, l := range lines {
		low := strings.ToLower(l)
		n := 0
		for _, t := range terms {
			if strings.Contains(low, stemPrefix(t)) {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	line := 0
	if best < len(ns) {
		line, _ = strconv.Atoi(ns[best])
	}
	return line, lines[best]
}

// stemPrefix is the part of a term a stemmed match shares with it.
func stemPrefix(t string) string {
	r := []rune(t)
	if len(r) > 5 {
		return string(r[:len(r)-2])
	}
	return t
}
