# Waypoint on Node 20. `npm start` applies migrations, seeds and serves.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
# The catalog pages are static, so the build reads a catalog: without a
# DATABASE_URL here, `npm run build` migrates and seeds a throwaway embedded
# database; the running app revalidates those pages against its own database
# when it starts (lib/catalog/version.ts).
RUN npm run build
EXPOSE 3000
CMD ["npm", "start"]
