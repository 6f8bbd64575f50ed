"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { changeEmailSchema, passwordSchema, type ChangeEmailInput } from "@/lib/accounts/schema";
import { sendJson } from "@/components/progress/api-client";
import { leaveSignedOut } from "@/components/accounts/leave-signed-out";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

// The account forms of the settings page. Each confirms the current password
// on the server (403 wrong, 429 too many tries); the server's message is shown as is.

const passwordForm = z
  .object({ currentPassword: z.string().min(1, "Enter your current password"), newPassword: passwordSchema, repeat: z.string() })
  .refine((v) => v.newPassword === v.repeat, { message: "The two new passwords differ", path: ["repeat"] });
type PasswordForm = z.infer<typeof passwordForm>;

/** Change password: this session stays signed in, every other one ends. */
export function ChangePasswordForm() {
  const { register, handleSubmit, formState, reset } = useForm<PasswordForm>({ resolver: zodResolver(passwordForm) });
  const mutation = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordForm) => sendJson<void>("PUT", "/api/me/password", { currentPassword, newPassword }),
    onSuccess: () => reset(),
  });
  return (
    <form onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="flex flex-col gap-4">
      <TextField label="Current password" type="password" autoComplete="current-password" error={formState.errors.currentPassword?.message} {...register("currentPassword")} />
      <TextField label="New password" type="password" autoComplete="new-password" hint="At least 8 characters." error={formState.errors.newPassword?.message} {...register("newPassword")} />
      <TextField label="New password again" type="password" autoComplete="new-password" error={formState.errors.repeat?.message} {...register("repeat")} />
      <div>
        <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Changing…" : "Change password"}</Button>
      </div>
      {mutation.isSuccess && <Alert tone="success">Password changed. Every other session was signed out.</Alert>}
      {mutation.isError && <Alert tone="error">{mutation.error.message}</Alert>}
    </form>
  );
}

/** Change the sign-in email (password required). */
export function ChangeEmailForm({ current }: { current: string }) {
  const [email, setEmail] = useState(current);
  const { register, handleSubmit, formState, reset } = useForm<ChangeEmailInput>({ resolver: zodResolver(changeEmailSchema), defaultValues: { email: current } });
  const mutation = useMutation({
    mutationFn: (values: ChangeEmailInput) => sendJson<{ email: string }>("PUT", "/api/me/email", values),
    onSuccess: (data) => {
      setEmail(data.email);
      reset({ email: data.email, password: "" });
    },
  });
  return (
    <form onSubmit={handleSubmit((values) => mutation.mutate(values))} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        You sign in as <span className="font-medium text-slate-900 dark:text-slate-100">{email}</span>.
      </p>
      <TextField label="New email" type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <TextField label="Password" type="password" autoComplete="current-password" error={formState.errors.password?.message} {...register("password")} />
      <div>
        <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? "Saving…" : "Change email"}</Button>
      </div>
      {mutation.isSuccess && <Alert tone="success">Email changed: sign in with {mutation.data.email} from now on.</Alert>}
      {mutation.isError && <Alert tone="error">{mutation.error.message}</Alert>}
    </form>
  );
}

/** Ends every session, this one included, then leaves for the home page signed out. */
export function SignOutEverywhere() {
  const mutation = useMutation({
    mutationFn: () => sendJson<void>("POST", "/api/me/sessions/revoke"),
    onSuccess: () => leaveSignedOut(),
  });
  return (
    <div className="flex flex-col gap-3">
      <div>
        <Button variant="secondary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
          {mutation.isPending ? "Signing out…" : "Sign out everywhere"}
        </Button>
      </div>
      {mutation.isError && <Alert tone="error">{mutation.error.message}</Alert>}
    </div>
  );
}
