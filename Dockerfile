FROM node:20-bookworm
WORKDIR /app
COPY . .
RUN npx -y pnpm@10 install --frozen-lockfile && npx -y pnpm@10 --filter @carehuddle/client build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npx", "-y", "pnpm@10", "--filter", "@carehuddle/server", "start"]
