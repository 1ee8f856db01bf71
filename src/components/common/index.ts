export { LoadingState, type ILoadingStateProps } from './LoadingState';
export { ErrorState, type IErrorStateProps } from './ErrorState';
export { EmptyState, type IEmptyStateProps } from './EmptyState';
export { TrafficLight, type ITrafficLightProps } from './TrafficLight';
export { Notice, type INotice, type INoticeProps, type NoticeKind } from './Notice';
export { ChoiceMenu, type IChoiceMenuProps, type IChoiceMenuOption } from './ChoiceMenu';
export { Btn, type IBtnProps } from './Btn';
export { StatusMessage, type IStatusMessageProps, type StatusKind } from './StatusMessage';
export { copyToClipboard } from './clipboard';
