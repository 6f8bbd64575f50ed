// deploy/nginx.conf.template serves both `npm run cluster` (rendered by
// scripts/lib/cluster.ts) and docker-compose.yml (the nginx image's envsubst):
// both must fill the same placeholders, and the rendered site must carry the
// headers the app relies on (TRUSTED_PROXY_HOPS=1 reads X-Forwarded-For).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderNginxSite } from "@/scripts/lib/cluster";

const placeholders = (text: string) => new Set([...text.matchAll(/\$\{(WAYPOINT_[A-Z_]+)\}/g)].map((match) => match[1]));

describe("the nginx template", () => {
  it("renders every placeholder, round-robin over the instances with passive health checks", () => {
    const site = renderNginxSite({ listen: "127.0.0.1:3000", upstreamPorts: [3001, 3002], accessLog: "/tmp/access.log" });
    expect(site).not.toMatch(/\$\{WAYPOINT_/);
    expect(site).toContain("listen 127.0.0.1:3000;");
    expect(site).toContain("server 127.0.0.1:3001 max_fails=1 fail_timeout=5s;");
    expect(site).toContain("server 127.0.0.1:3002 max_fails=1 fail_timeout=5s;");
    expect(site).toContain("access_log /tmp/access.log waypoint;");
    for (const header of [
      "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
      "proxy_set_header X-Forwarded-Proto $scheme;",
      "proxy_set_header X-Forwarded-Host $http_host;",
      "proxy_set_header X-Request-Id $request_id;",
    ]) {
      expect(site).toContain(header);
    }
  });

  it("asks for exactly the variables docker-compose.yml gives the proxy", () => {
    const template = readFileSync("deploy/nginx.conf.template", "utf8");
    const compose = readFileSync("docker-compose.yml", "utf8");
    const given = new Set([...compose.matchAll(/^\s+(WAYPOINT_[A-Z_]+):/gm)].map((match) => match[1]));
    expect(given).toEqual(placeholders(template));
    expect(compose).toContain("./deploy/nginx.conf.template:/etc/nginx/templates/default.conf.template:ro");
  });
});
