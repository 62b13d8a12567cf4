import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ProgressView } from './progressView';
import { REVIEW_COMMANDS, registerReviewCommands } from './reviewCommands';
import { ReviewComments } from './reviewComments';
import { ReviewGutter } from './reviewGutter';
import { ReviewModel } from './reviewModel';
import { ReviewStatus } from './reviewStatus';

/** What the review features give the extension's API (the tests read them). */
export interface ReviewApi {
  readonly model: ReviewModel;
  readonly comments: ReviewComments;
  readonly status: ReviewStatus;
  readonly progress: ProgressView;
}

/** Registers review states, comment threads, gutter marks, the post-editing commands, the status counter and the progress view. */
export function registerReview(context: vscode.ExtensionContext, client: LanguageClient): ReviewApi {
  const model = new ReviewModel(client);
  const comments = new ReviewComments(model, client);
  const status = new ReviewStatus(model, REVIEW_COMMANDS.nextAttention);
  const progress = new ProgressView(client);
  context.subscriptions.push(model, comments, new ReviewGutter(model, client, vscode.Uri.joinPath(context.extensionUri, 'media')), status, progress, registerReviewCommands(context, client, model));
  return { model, comments, status, progress };
}
