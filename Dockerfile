# The aikg service, for docker compose: talks to the Neo4j named by NEO4J_URI.
FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY src ./src
COPY schema ./schema
COPY seeds ./seeds
COPY bin ./bin
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/cli/main.ts", "serve"]
