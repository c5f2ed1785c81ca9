// Package docgen writes realistic Markdown postmortems of any size, the
// same document for debrief's Go benchmarks and for the side-by-side with
// Vale, so both measure the same text.
package docgen

import (
	"fmt"
	"strings"
)

// Names is the roster the generated postmortems mention.
var Names = []string{"Alice", "Bob", "Mary", "Priya", "Kenji", "Dana", "Marcus", "Sofia"}

var services = []string{"payments", "checkout", "search", "auth", "billing", "inventory"}

// prose holds note lines as a team writes them: mostly blameless, some not.
var prose = []string{
	"Staging uses 10%% of production's pool size, so exhaustion only shows under production load.",
	"%s acknowledged the page at 09:%02d and started the investigation.",
	"The deploy script promotes a canary to 100%% without a confirmation prompt.",
	"%s should have rolled back sooner.",
	"Connection pool utilization had no alert; the first signal was a spike in 5xx responses.",
	"The escalation policy had the wrong tier configured, so the page went to the secondary.",
	"%s didn't order the VMs on time.",
	"What guard should have caught this before the rollout reached 25%%?",
	"Postgres failed to accept connections for %d minutes while the pool was saturated.",
	"Root cause: misconfiguration of the retry budget.",
	"Who deployed this on a Friday?",
	"The alert should fire within 5 minutes of pool saturation.",
	"Obviously the pool was too small for the sale traffic.",
	"%s restarted the primary and replication caught up within %d minutes.",
	"Human error during the failover.",
	"The runbook described the old failover procedure, which slowed triage by %d minutes.",
	"Insufficient testing of the migration path.",
	"Each service should have an owner listed in the catalogue.",
	"We got lucky that the outage started before the traffic peak.",
	"The monitoring caught it before most users noticed.",
}

// Generate returns a Markdown document of at least size bytes made of
// complete postmortems. It is deterministic.
func Generate(size int) string {
	var sb strings.Builder
	sb.Grow(size + 4096)
	for n := 0; sb.Len() < size; n++ {
		writePostmortem(&sb, n)
	}
	return sb.String()
}

func writePostmortem(sb *strings.Builder, n int) {
	svc := services[n%len(services)]
	name := func(k int) string { return Names[(n+k)%len(Names)] }
	if n == 0 {
		sb.WriteString("---\ntitle: Incident reviews\ntags: [postmortem, sre]\n---\n\n")
	}
	fmt.Fprintf(sb, "## [SEV-%d] %s: elevated errors after deploy %d\n\n", n%3+1, svc, n)
	fmt.Fprintf(sb, "**Date:** 2026-0%d-%02d  **Duration:** 09:14 UTC to 10:01 UTC (47 minutes)  **Authors:** @%s, @%s\n\n",
		n%9+1, n%28+1, strings.ToLower(name(0)), strings.ToLower(name(1)))
	sb.WriteString("## Summary\n\n")
	fmt.Fprintf(sb, "The %s service returned errors for 47 minutes after deploy v2.%d.4. ", svc, n%40)
	fmt.Fprintf(sb, "See the dashboard at https://grafana.example.com/d/%s?orgId=1&from=now-6h and the ticket ENG-%d.\n\n", svc, 4000+n)
	sb.WriteString("## Impact\n\n")
	fmt.Fprintf(sb, "- **Error rate at peak:** %d%% (normal: <0.1%%)\n- **Latency p99 at peak:** %dms (SLO: 300ms)\n- **Affected users:** ~%d%% of traffic\n\n",
		n%30+5, 900+n%700, n%20+3)
	sb.WriteString("## Timeline (all times UTC)\n\n| Time | Event |\n|-------|-------|\n")
	fmt.Fprintf(sb, "| 09:14 | Deploy v2.%d.4 to prod (canary 5%%) |\n", n%40)
	sb.WriteString("| 09:17 | Error rate spike detected by Alertmanager (PagerDuty fires) |\n")
	fmt.Fprintf(sb, "| 09:19 | %s acknowledges, starts investigation |\n", name(2))
	sb.WriteString("| 09:31 | Mitigation applied: rolled back |\n| 09:45 | All-clear declared |\n\n")
	sb.WriteString("## Contributing Factors\n\n")
	for k := 0; k < 8; k++ {
		line := prose[(n*7+k*3)%len(prose)]
		args := []any{}
		for a := 0; a < strings.Count(line, "%")-strings.Count(line, "%%")*2; a++ {
			if strings.Contains(line, "%s") && a == 0 {
				args = append(args, name(k))
			} else {
				args = append(args, (n+k)%50+2)
			}
		}
		fmt.Fprintf(sb, "- "+line+"\n", args...)
	}
	sb.WriteString("\nThe failing query, for reference:\n\n```sql\nSELECT * FROM orders WHERE id = $1; -- Bob should have rolled back\n```\n\n")
	fmt.Fprintf(sb, "The pool size is set by `max_pool_size` in `config/%s.yaml`; it was 20.\n\n", svc)
	sb.WriteString("## Action Items\n\n| # | What | Owner | Due | Ticket |\n|---|------|-------|-----|--------|\n")
	fmt.Fprintf(sb, "| 1 | Add pool utilization alert | @%s | 2026-07-15 | ENG-%d |\n", strings.ToLower(name(3)), 4421+n)
	fmt.Fprintf(sb, "| 2 | Add a confirmation prompt to the deploy script | @%s | 2026-07-22 | ENG-%d |\n\n", strings.ToLower(name(4)), 4422+n)
	sb.WriteString("## Lessons Learned\n\n**What went well:**\n\n- The rollback took under five minutes.\n\n")
	sb.WriteString("**What went poorly:**\n\n- Two dashboards showed different error rates, which slowed triage.\n\n")
	sb.WriteString("**Where we got lucky:**\n\n- It could have been much worse during the sale.\n\n<!-- reviewed in the weekly incident review -->\n\n")
}

// Notes returns a scribe's notes file of at least size bytes: short
// paragraphs of the note lines above under phase headings, about a
// quarter of them blameful, so a megabyte holds some 3,700 findings. It is
// the findings-dense case of the side-by-side with Vale. It is
// deterministic.
func Notes(size int) string {
	var sb strings.Builder
	sb.Grow(size + 4096)
	for n := 0; sb.Len() < size; n++ {
		if n%40 == 0 {
			fmt.Fprintf(&sb, "## %s review, part %d\n\n", services[n/40%len(services)], n/40+1)
		}
		line := prose[(n*7)%len(prose)]
		args := []any{}
		for a := 0; a < strings.Count(line, "%")-strings.Count(line, "%%")*2; a++ {
			if strings.Contains(line, "%s") && a == 0 {
				args = append(args, Names[n%len(Names)])
			} else {
				args = append(args, n%50+2)
			}
		}
		fmt.Fprintf(&sb, line+"\n", args...)
		if n%2 == 1 {
			sb.WriteString("Follow-up owner confirmed in the channel and the ticket was linked.\n\n")
		}
	}
	return sb.String()
}
