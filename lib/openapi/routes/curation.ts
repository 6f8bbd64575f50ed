// Admin: content (tracks, topics, key points, resources).
// One entry per route; lib/openapi/routes.ts joins the domains' lists.
import { z } from "zod";
import { slugParams } from "@/lib/catalog/schema";
import {
  adminKeyPointDtoSchema,
  adminResourceDtoSchema,
  adminTopicDetailSchema,
  adminTopicDtoSchema,
  adminTrackDetailSchema,
  adminTrackDtoSchema,
  adminTrackSummarySchema,
  createKeyPointSchema,
  createResourceSchema,
  createTopicSchema,
  createTrackSchema,
  idOrderSchema,
  idParams,
  slugOrderSchema,
  updateKeyPointSchema,
  updateResourceSchema,
  updateTopicSchema,
  updateTrackSchema,
} from "@/lib/curation/schema";
import type { ApiRoute } from "@/lib/openapi/define";

export const curationRoutes: ApiRoute[] = [
  {
    method: "GET", path: "/api/admin/tracks", tag: "Admin", access: "catalog:curate",
    summary: "Every track, archived ones included", ok: { 200: z.array(adminTrackSummarySchema) },
  },
  {
    method: "POST", path: "/api/admin/tracks", tag: "Admin", access: "catalog:curate",
    summary: "A new track at the end of the roadmap", body: createTrackSchema, ok: { 201: adminTrackDtoSchema }, errors: [409],
  },
  {
    method: "PUT", path: "/api/admin/tracks/order", tag: "Admin", access: "catalog:curate",
    summary: "Reorder the active tracks (a permutation of their slugs)", body: slugOrderSchema, ok: { 200: z.array(adminTrackDtoSchema) },
  },
  {
    method: "GET", path: "/api/admin/tracks/{slug}", tag: "Admin", access: "catalog:curate",
    summary: "The track and all its topics", params: slugParams, ok: { 200: adminTrackDetailSchema },
  },
  {
    method: "PATCH", path: "/api/admin/tracks/{slug}", tag: "Admin", access: "catalog:curate",
    summary: "Edit a track; archive or restore with status", params: slugParams, body: updateTrackSchema, ok: { 200: adminTrackDtoSchema },
  },
  {
    method: "POST", path: "/api/admin/tracks/{slug}/topics", tag: "Admin", access: "catalog:curate",
    summary: "A new topic at the end of the track", params: slugParams, body: createTopicSchema, ok: { 201: adminTopicDtoSchema }, errors: [409],
  },
  {
    method: "PUT", path: "/api/admin/tracks/{slug}/topics/order", tag: "Admin", access: "catalog:curate",
    summary: "Reorder the track's active topics", params: slugParams, body: slugOrderSchema, ok: { 200: z.array(adminTopicDtoSchema) },
  },
  {
    method: "GET", path: "/api/admin/topics/{slug}", tag: "Admin", access: "catalog:curate",
    summary: "The topic with every key point and resource", params: slugParams, ok: { 200: adminTopicDetailSchema },
  },
  {
    method: "PATCH", path: "/api/admin/topics/{slug}", tag: "Admin", access: "catalog:curate",
    summary: "Edit a topic, move it to another track, archive or restore", params: slugParams, body: updateTopicSchema, ok: { 200: adminTopicDtoSchema },
  },
  {
    method: "POST", path: "/api/admin/topics/{slug}/key-points", tag: "Admin", access: "catalog:curate",
    summary: "A new key point at the end of the topic", params: slugParams, body: createKeyPointSchema, ok: { 201: adminKeyPointDtoSchema },
  },
  {
    method: "PUT", path: "/api/admin/topics/{slug}/key-points/order", tag: "Admin", access: "catalog:curate",
    summary: "Reorder the topic's active key points", params: slugParams, body: idOrderSchema, ok: { 200: z.array(adminKeyPointDtoSchema) },
  },
  {
    method: "POST", path: "/api/admin/topics/{slug}/resources", tag: "Admin", access: "catalog:curate",
    summary: "A new resource at the end of the topic", params: slugParams, body: createResourceSchema, ok: { 201: adminResourceDtoSchema },
  },
  {
    method: "PUT", path: "/api/admin/topics/{slug}/resources/order", tag: "Admin", access: "catalog:curate",
    summary: "Reorder the topic's active resources", params: slugParams, body: idOrderSchema, ok: { 200: z.array(adminResourceDtoSchema) },
  },
  {
    method: "PATCH", path: "/api/admin/key-points/{id}", tag: "Admin", access: "catalog:curate",
    summary: "Edit a key point; archive or restore", params: idParams, body: updateKeyPointSchema, ok: { 200: adminKeyPointDtoSchema },
  },
  {
    method: "PATCH", path: "/api/admin/resources/{id}", tag: "Admin", access: "catalog:curate",
    summary: "Edit a resource; archive or restore", params: idParams, body: updateResourceSchema, ok: { 200: adminResourceDtoSchema },
  },
];
