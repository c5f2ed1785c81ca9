package agenda

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Taxonomy is the vocabulary a team classifies incidents with, so the
// archive can count and compare them: what triggered the incident, and
// what kind each contributing factor is.
type Taxonomy struct {
	Triggers []string `yaml:"triggers,omitempty" json:"triggers,omitempty"`
	Factors  []string `yaml:"factors,omitempty" json:"factors,omitempty"`
}

// DefaultTaxonomy follows the SRE Workbook: its outage triggers, and its
// categories of contributing factor.
var DefaultTaxonomy = Taxonomy{
	Triggers: []string{"binary push", "config push", "user behaviour change", "pipeline",
		"provider change", "performance decay", "capacity", "hardware"},
	Factors: []string{"software", "development process", "complex system behaviour",
		"deployment planning", "network", "capacity planning", "monitoring", "hardware"},
}

// OrDefault fills a list the agenda left empty (a session recorded before
// agendas had a taxonomy) from DefaultTaxonomy.
func (t Taxonomy) OrDefault() Taxonomy {
	if len(t.Triggers) == 0 {
		t.Triggers = DefaultTaxonomy.Triggers
	}
	if len(t.Factors) == 0 {
		t.Factors = DefaultTaxonomy.Factors
	}
	return t
}

// taxonomy reads the taxonomy mapping; a list left out stays empty and
// means the default (see OrDefault), so sessions on the default agenda do
// not carry the list.
func (p parser) taxonomy(n *yaml.Node, t *Taxonomy) *Error {
	if isNull(n) {
		return nil
	}
	return p.fields(n, "taxonomy.", []string{"triggers", "factors"}, func(k, v *yaml.Node) *Error {
		dst := &t.Triggers
		if k.Value == "factors" {
			dst = &t.Factors
		}
		return p.terms(v, "taxonomy."+k.Value, dst)
	})
}

// terms reads a list of distinct, non-empty names; an empty list keeps
// the defaults.
func (p parser) terms(n *yaml.Node, field string, dst *[]string) *Error {
	var list []string
	if err := p.prompts(n, field, &list); err != nil {
		return err
	}
	if len(list) == 0 {
		return nil
	}
	var out []string
	for i, s := range list {
		s = strings.Join(strings.Fields(s), " ")
		switch {
		case s == "":
			return p.errf(n, "%s[%d]: empty; name the category", field, i)
		case slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, s) }):
			return p.errf(n, "%s[%d]: %q is listed twice", field, i, s)
		}
		out = append(out, s)
	}
	if len(out) > 36 {
		return p.errf(n, "%s: %d entries; at most 36, one key each", field, len(out))
	}
	*dst = out
	return nil
}

// String lists the taxonomy for messages.
func (t Taxonomy) String() string {
	return fmt.Sprintf("triggers: %s; factors: %s", strings.Join(t.Triggers, ", "), strings.Join(t.Factors, ", "))
}
