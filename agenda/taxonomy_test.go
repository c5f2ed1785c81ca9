package agenda

import (
	"slices"
	"strings"
	"testing"
)

func TestTaxonomyFromTheAgendaFile(t *testing.T) {
	src := "taxonomy:\n  triggers: [deploy, traffic]\nphases:\n  - {id: a, title: A, minutes: 5}\n"
	a, err := Parse("team.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	tax := a.Taxonomy.OrDefault()
	if !slices.Equal(tax.Triggers, []string{"deploy", "traffic"}) {
		t.Fatalf("triggers %v", tax.Triggers)
	}
	if !slices.Equal(tax.Factors, DefaultTaxonomy.Factors) {
		t.Fatalf("factors left out should be the defaults, got %v", tax.Factors)
	}
	if d := Default(); len(d.Taxonomy.Triggers) != 0 || len(d.Taxonomy.OrDefault().Triggers) != 8 {
		t.Fatalf("the default agenda should use the SRE Workbook's eight triggers: %v", d.Taxonomy)
	}
}

func TestTaxonomyRefusals(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"taxonomy:\n  triggers: [a, A]\n", `taxonomy.triggers[1]: "A" is listed twice`},
		{"taxonomy:\n  causes: [a]\n", `unknown key "taxonomy.causes"`},
		{"taxonomy:\n  factors: x\n", "taxonomy.factors: want a list"},
	} {
		_, err := Parse("team.yaml", []byte(tc.src+"phases:\n  - {id: a, title: A, minutes: 5}\n"))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "team.yaml:2") {
			t.Errorf("%q: got %v, want team.yaml:2 and %q", tc.src, err, tc.want)
		}
	}
}
